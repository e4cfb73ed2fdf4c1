package dev.ajar.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reviewed gold classes for ScanCode LicenseDB records, from the bundled table {@value #RESOURCE}
 * (columns {@code key class contested alternative reason}; {@code class} and {@code alternative}
 * are {@link LicenseClass} constants, {@code contested} is {@code yes} or {@code no}, {@code -}
 * means none).
 *
 * <p>The table is written by hand and may be missing or cover only some records: {@link
 * #bundled()} then returns what there is ({@link #present()} false, or fewer labels), and callers
 * report the coverage. A table that is there but malformed is an error, never read in part.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScanCodeGold {

  /** The bundled table, a classpath resource. */
  public static final String RESOURCE = "dev/ajar/corpus/scancode-gold.tsv";

  /** The required header of {@link #RESOURCE}. */
  static final List<String> HEADER = List.of("key", "class", "contested", "alternative", "reason");

  /**
   * One record's gold class.
   *
   * @param key the ScanCode license key
   * @param gold the class the reviewer gives the text
   * @param contested whether the label is arguable; true exactly when {@code alternative} is present
   * @param alternative the other defensible class of a contested label, never {@code gold}
   * @param reason the reviewer's evidence; may be empty
   */
  public record Label(String key, LicenseClass gold, boolean contested, Optional<LicenseClass> alternative,
      String reason) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code key} is blank, {@code contested} disagrees with
     *     the presence of {@code alternative}, or {@code alternative} equals {@code gold}
     */
    public Label {
      requireNonNull(key, "key is null");
      requireNonNull(gold, "gold is null");
      requireNonNull(alternative, "alternative is null");
      requireNonNull(reason, "reason is null");
      checkArgument(!key.isBlank(), "key is blank");
      checkArgument(contested == alternative.isPresent(), "%s: contested is %s but alternative is %s", key,
          contested, alternative.map(LicenseClass::name).orElse("absent"));
      checkArgument(alternative.isEmpty() || alternative.get() != gold, "%s: alternative equals gold %s", key, gold);
    }

    /** Whether {@code predicted} is the gold class, or the alternative of a contested label. */
    public boolean accepts(LicenseClass predicted) {
      requireNonNull(predicted, "predicted is null");
      return predicted == gold || alternative.filter(a -> a == predicted).isPresent();
    }
  }

  private final boolean present;
  private final Map<String, Label> labels;

  private ScanCodeGold(boolean present, Map<String, Label> labels) {
    this.present = present;
    this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /**
   * The bundled labels; no labels and {@link #present()} false when the table is not bundled.
   *
   * @throws IllegalStateException if the table is there but malformed; the message names it and
   *     the line
   */
  public static ScanCodeGold bundled() {
    try (InputStream in = ScanCodeGold.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? new ScanCodeGold(false, Map.of())
          : parse(RESOURCE, new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read", e);
    } catch (CorpusException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Parses a gold table.
   *
   * @param source the file or resource name used in error messages
   * @throws CorpusException naming {@code source} and the line if the header differs, a row has the
   *     wrong number of columns, an unknown class, a {@code contested} other than yes/no, a
   *     contested label without alternative (or the reverse), or a key repeats
   */
  public static ScanCodeGold parse(String source, String content) {
    Map<String, Label> labels = new TreeMap<>();
    Map<String, Integer> lines = new TreeMap<>();
    for (LabelTable.Row row : LabelTable.parse(source, content, HEADER).rows()) {
      String key = row.get("key");
      Integer first = lines.putIfAbsent(key, row.line());
      if (first != null) {
        throw row.error("duplicate key " + key + ", first labelled on line " + first);
      }
      LicenseClass gold = row.optionalEnum("class", LicenseClass.class)
          .orElseThrow(() -> row.error("class is missing"));
      try {
        labels.put(key, new Label(key, gold, row.yesNo("contested"),
            row.optionalEnum("alternative", LicenseClass.class), row.optional("reason").orElse("")));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return new ScanCodeGold(true, labels);
  }

  /** Whether a table was found at all. */
  public boolean present() {
    return present;
  }

  /** Every label by key, in key order. */
  public Map<String, Label> labels() {
    return labels;
  }

  /** The label of {@code key}, if the table has one. */
  public Optional<Label> label(String key) {
    return Optional.ofNullable(labels.get(key));
  }
}
