package dev.ajar.benchmarks;

import dev.ajar.LicenseClassifier;

/**
 * The two ways every text is classified. Recognising a known license text proves nothing about
 * clauses, so every accuracy figure is given for both.
 */
enum Mode {
  /** Clauses alone: {@code identifyKnownLicenses(false)}, as for a text never seen before. */
  CLAUSES_ONLY("clauses-only", false),
  /** The default pipeline, known-license identification included. */
  FULL("full", true);

  private final String slug;
  private final boolean identify;

  Mode(String slug, boolean identify) {
    this.slug = slug;
    this.identify = identify;
  }

  /** The name used in report rows, file names and child-JVM arguments. */
  String slug() {
    return slug;
  }

  /** A new classifier in this mode (models and indexes loaded now). */
  LicenseClassifier classifier() {
    return LicenseClassifier.builder().identifyKnownLicenses(identify).build();
  }

  /** The mode named {@code slug}. */
  static Mode of(String slug) {
    for (Mode m : values()) {
      if (m.slug.equals(slug)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown mode " + slug);
  }
}
