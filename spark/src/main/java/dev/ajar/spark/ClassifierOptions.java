package dev.ajar.spark;

import static com.google.common.base.Preconditions.checkArgument;

import dev.ajar.LicenseClassifier;
import java.io.Serializable;

// "@serial exclude" below: a record's serialized form is its components, documented here by
// @param; without it JDK 17's javadoc also asks for comments on the components' private fields,
// which records cannot have (JDK-8275199, fixed in JDK 18).
/**
 * The options of the classifier that Spark tasks use: what Spark ships to executors instead of the
 * classifier itself. Immutable, null-free and serializable; equal options share one classifier per
 * JVM (see {@link SharedClassifiers}).
 *
 * @param maxTextLength the longest text, in chars, that is classified; longer rows get an error
 * @param identifyKnownLicenses whether texts are compared with the bundled SPDX texts, as {@link
 *     LicenseClassifier.Builder#identifyKnownLicenses(boolean)}
 * @serial exclude
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
   * @param maxTextLength the longest text, in chars, that is classified; positive
   * @param identifyKnownLicenses whether texts are compared with the bundled SPDX texts
   * @throws IllegalArgumentException if {@code maxTextLength} is not positive
   */
  public ClassifierOptions {
    checkArgument(maxTextLength > 0, "maxTextLength must be positive, was %s", maxTextLength);
  }

  /**
   * These options with another length limit.
   *
   * @param chars the longest text, in chars, that is classified; positive
   * @return new options; these are unchanged
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public ClassifierOptions withMaxTextLength(int chars) {
    return new ClassifierOptions(chars, identifyKnownLicenses);
  }

  /**
   * These options with known-license identification on or off.
   *
   * @param enabled whether texts are compared with the bundled SPDX texts; when off, no text is
   *     recognised as a known license and {@code closest_license} is always null
   * @return new options; these are unchanged
   */
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
