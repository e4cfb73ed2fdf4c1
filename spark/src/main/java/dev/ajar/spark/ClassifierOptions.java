package dev.ajar.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.ajar.LicenseClassifier;
import java.io.Serializable;

/**
 * The options of the classifier that Spark tasks use: what Spark ships to executors instead of the
 * classifier itself. Immutable, null-free and serializable; equal options share one classifier per
 * JVM (see {@link SharedClassifiers}).
 *
 * @param maxTextLength the longest text, in chars, that is classified; longer rows get an error
 * @param identifyKnownLicenses whether texts are compared with the bundled SPDX texts, as {@link
 *     LicenseClassifier.Builder#identifyKnownLicenses(boolean)}
 */
public record ClassifierOptions(int maxTextLength, boolean identifyKnownLicenses)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The library's defaults: {@link LicenseClassifier#DEFAULT_MAX_TEXT_LENGTH}, identification on. */
  public static final ClassifierOptions DEFAULTS =
      new ClassifierOptions(LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH, true);

  /**
   * Checks the limit.
   *
   * @throws IllegalArgumentException if {@code maxTextLength} is not positive
   */
  public ClassifierOptions {
    checkArgument(maxTextLength > 0, "maxTextLength must be positive, was %s", maxTextLength);
  }

  /** These options with another length limit. */
  public ClassifierOptions withMaxTextLength(int chars) {
    return new ClassifierOptions(chars, identifyKnownLicenses);
  }

  /** These options with known-license identification on or off. */
  public ClassifierOptions withIdentifyKnownLicenses(boolean enabled) {
    return new ClassifierOptions(maxTextLength, enabled);
  }

  /** A new classifier with these options (loads its models: use {@link SharedClassifiers}). */
  LicenseClassifier build() {
    return LicenseClassifier.builder()
        .maxTextLength(maxTextLength)
        .identifyKnownLicenses(identifyKnownLicenses)
        .build();
  }
}
