package dev.ajar.spark;

import java.util.Locale;

/** What {@link ClassifyJob} reads. */
public enum InputFormat {
  /**
   * A folder of files, searched recursively (names starting with {@code .} or {@code _} are
   * skipped, as everywhere in Spark), one row per file: the file's {@code path} and its bytes,
   * decoded as the {@code ajar} command line decodes files.
   */
  TEXT,
  /** JSON Lines: one object per line; the text is the string field you name. */
  JSONL,
  /** Parquet: the text is the string (or binary) column you name. */
  PARQUET;

  /**
   * The format named {@code name}, in any case.
   *
   * @param name {@code text}, {@code jsonl} or {@code parquet}, in any case
   * @return the format
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException naming the accepted names if there is no such format
   */
  public static InputFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format " + name + ": use text, jsonl or parquet", e);
    }
  }

  /**
   * The lower-case name used on the command line.
   *
   * @return the name, e.g. {@code jsonl}
   */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
