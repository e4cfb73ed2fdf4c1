package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.ajar.declared.Declarations;
import java.util.Optional;

/**
 * Classifies a license text into a {@link LicenseClass}, with every deciding clause located.
 *
 * <pre>{@code
 * Classification c = LicenseClassifier.classify(text);
 * if (c.licenseClass() == LicenseClass.USE_RESTRICTED) {
 *   for (Finding f : c.findings(FindingKind.USE_RESTRICTION)) {
 *     System.out.println(f.category() + ": " + f.excerpt());
 *   }
 * }
 * }</pre>
 *
 * <p><b>Input contract.</b> A null text throws {@link NullPointerException}; a text longer than
 * {@link Builder#maxTextLength(int)} characters (default {@value #DEFAULT_MAX_TEXT_LENGTH}) throws
 * {@link IllegalArgumentException} naming both lengths; blank text is {@link
 * LicenseClass#NOT_A_LICENSE} with confidence 1, as is text without a single letter or digit. Any
 * other string, however odd (markup, control
 * characters, lone surrogates, other languages), gets a result.
 *
 * <p><b>Thread safety.</b> Instances are immutable and thread-safe: the sentence model, the
 * clause catalog and the index of known license texts are loaded once per instance and shared;
 * per-call state (OpenNLP detectors, the in-memory Lucene index of the text) belongs to the call,
 * and each thread reuses the buffers of its own in-memory index from call to call.
 *
 * <p><b>Determinism.</b> The same text gives an equal {@link Classification} every time, on any
 * thread.
 *
 * @since 0.1
 */
public final class LicenseClassifier {

  /** Default limit on input length, in UTF-16 chars: ten million, about 10 MB of English text. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000_000;

  private final Engine engine;
  private final int maxTextLength;
  private final boolean identifyKnownLicenses;

  private LicenseClassifier(Builder builder) {
    this.maxTextLength = builder.maxTextLength;
    this.identifyKnownLicenses = builder.identify == Boolean.TRUE;
    this.engine = Engine.load(identifyKnownLicenses);
  }

  /**
   * Classifies {@code text} with the shared default classifier, built on first use.
   *
   * @param text the license text, as read
   * @return the classification; its offsets index into {@code text}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than {@link
   *     #DEFAULT_MAX_TEXT_LENGTH}
   * @see #classifyText(String)
   */
  public static Classification classify(String text) {
    return DefaultHolder.INSTANCE.classifyText(text);
  }

  /**
   * Classifies {@code text} with this classifier's options.
   *
   * @param text the license text, as read
   * @return the classification; its offsets index into {@code text}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than this classifier's maximum
   */
  public Classification classifyText(String text) {
    requireNonNull(text, "text");
    checkArgument(
        text.length() <= maxTextLength,
        "text is %s chars long, over the limit of %s",
        text.length(),
        maxTextLength);
    return engine.classify(text);
  }

  /**
   * The longest text, in chars, this classifier accepts.
   *
   * @return the limit, {@link #DEFAULT_MAX_TEXT_LENGTH} unless the builder set another
   */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Whether this classifier looks texts up among the known licenses.
   *
   * @return true unless the builder turned identification off
   * @see Builder#identifyKnownLicenses(boolean)
   */
  public boolean identifiesKnownLicenses() {
    return identifyKnownLicenses;
  }

  /**
   * Resolves one declared license value that stands outside any text: a model card's {@code
   * license}, {@code license_name} or {@code license_link} field, or the same fields in a model
   * file's header (a GGUF file's {@code general.license}, a safetensors file's metadata). The value
   * is read as a model-hub id ({@code apache-2.0}, {@code llama3}; {@link DeclarationKind#HUB_ID}),
   * else as a license URL ({@link DeclarationKind#URL}), else as an SPDX expression or license name
   * ({@link DeclarationKind#FIELD}), with the same tables and rules as {@link
   * Classification#declared()}.
   *
   * <p>Guarantees: thread-safe and deterministic; needs no classifier (only the tables of known
   * licenses, loaded once); a value Ajar does not know is still returned, unresolved, with an empty
   * class and the reason; the span is that of the value without surrounding blanks, as an index
   * into {@code value}.
   *
   * @param value the declared value, as written
   * @return the resolved declaration, or empty if {@code value} is blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalStateException if the bundled tables cannot be read (a broken installation)
   * @since 0.2
   */
  public static Optional<DeclaredLicense> resolveDeclaration(String value) {
    return Declarations.resolve(value);
  }

  /**
   * A builder with every option at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Options for a {@link LicenseClassifier}. Each option can be set once. Not thread-safe; {@link
   * #build()} leaves the builder unchanged, so it may be called again.
   */
  public static final class Builder {
    private static final int UNSET = -1;
    private int maxTextLength = UNSET;
    private Boolean identify;

    private Builder() {}

    /**
     * Sets the longest text, in chars, that {@code classifyText} accepts.
     *
     * @param chars the limit, in UTF-16 chars
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is not positive
     * @throws IllegalStateException if the limit was already set
     */
    public Builder maxTextLength(int chars) {
      checkState(maxTextLength == UNSET, "maxTextLength was already set to %s", maxTextLength);
      checkArgument(chars > 0, "maxTextLength must be positive, was %s", chars);
      this.maxTextLength = chars;
      return this;
    }

    /**
     * Turns known-license identification on (the default) or off. When on, the text is compared
     * with the bundled SPDX License List texts: {@link Classification#closestLicense()} names the
     * nearest one, an unedited known text takes that license's known class, and clauses the text
     * adds to it decide. When off, the class rests on the clauses alone, as for a text never seen
     * before; start-up is faster and {@code closestLicense()} is always empty.
     *
     * @param enabled whether to identify known licenses
     * @return this builder
     * @throws IllegalStateException if the option was already set
     */
    public Builder identifyKnownLicenses(boolean enabled) {
      checkState(identify == null, "identifyKnownLicenses was already set to %s", identify);
      this.identify = enabled;
      return this;
    }

    /**
     * Builds a classifier, loading its models and catalog.
     *
     * @return a new, immutable classifier
     * @throws IllegalStateException if a bundled model or the clause catalog cannot be read (a
     *     broken installation, never the caller's input)
     */
    public LicenseClassifier build() {
      Builder effective = new Builder();
      effective.maxTextLength = maxTextLength == UNSET ? DEFAULT_MAX_TEXT_LENGTH : maxTextLength;
      effective.identify = identify == null || identify;
      return new LicenseClassifier(effective);
    }
  }

  /** Lazily built shared instance (initialisation-on-demand holder: thread-safe, built once). */
  private static final class DefaultHolder {
    static final LicenseClassifier INSTANCE = builder().build();
  }
}
