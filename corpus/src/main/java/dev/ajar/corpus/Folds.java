package dev.ajar.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic split of ScanCode LicenseDB records into {@value #COUNT} folds, by family, so
 * that near-copies of a license ({@link LicenseFamilies}) always fall in the same fold.
 *
 * <p>Fold {@value #HOLDOUT} is the holdout: nothing is tuned on it. Folds 1 to 4 are for tuning.
 *
 * <p>How families are placed: in order of size, largest first, and among families of one size in
 * the order of a SHA-256 hash of the family id (so the order is fixed but owes nothing to the
 * alphabet); each goes to the fold where it adds least to the sum, over strata, of the squared
 * share of the stratum the fold holds, a stratum being a ScanCode category with or without an SPDX
 * id, plus all records as one stratum; ties go to the fold with fewer records, then the lower
 * fold. So every fold gets about a fifth of every category, with and without SPDX ids, as far as
 * family sizes allow.
 *
 * <p>The split of the development half of LicenseDB is generated once and bundled as {@value
 * #RESOURCE} (columns {@code key family fold}, in key order; see {@link #main}); {@code FoldsTest}
 * fails when that file no longer matches what {@link #assign} computes from the records.
 *
 * @since 0.1
 */
public final class Folds {

  /** How many folds. */
  public static final int COUNT = 5;

  /** The fold set aside as the holdout, never tuned on. */
  public static final int HOLDOUT = 0;

  /** The bundled split, a classpath resource. */
  public static final String RESOURCE = "dev/ajar/corpus/scancode-folds.tsv";

  /** The header of {@link #RESOURCE}. */
  static final List<String> HEADER = List.of("key", "family", "fold");

  /**
   * Where one record falls.
   *
   * @param key the record's key
   * @param family the id of its family (the family's smallest key)
   * @param fold its fold, 0 to {@value #COUNT} - 1
   */
  public record Assignment(String key, String family, int fold) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a string is blank or {@code fold} is out of range
     */
    public Assignment {
      requireNonNull(key, "key is null");
      requireNonNull(family, "family is null");
      checkArgument(!key.isBlank() && !family.isBlank(), "blank key or family");
      checkArgument(fold >= 0 && fold < COUNT, "%s: fold %s out of range 0..%s", key, fold, COUNT - 1);
    }

    /** Whether this record is in the holdout fold. */
    public boolean isHoldout() {
      return fold == HOLDOUT;
    }
  }

  private Folds() {}

  /**
   * The fold of every record, in key order.
   *
   * @throws IllegalArgumentException if two records share a key
   */
  public static List<Assignment> assign(List<ScanCodeLicense> records) {
    Map<String, ScanCodeLicense> byKey = new HashMap<>();
    records.forEach(r -> byKey.put(r.key(), r));
    List<LicenseFamilies.Family> families = new ArrayList<>(LicenseFamilies.of(records));
    families.sort(Comparator.comparingInt((LicenseFamilies.Family f) -> -f.keys().size())
        .thenComparingLong(f -> Hashing.sha256().hashString(f.id(), UTF_8).asLong())
        .thenComparing(LicenseFamilies.Family::id));
    int strata = 2 * ScanCodeCategory.values().length + 1;
    int[] total = new int[strata];
    for (ScanCodeLicense r : records) {
      total[stratum(r)]++;
      total[strata - 1]++;
    }
    int[][] load = new int[COUNT][strata];
    int[] size = new int[COUNT];
    List<Assignment> out = new ArrayList<>();
    for (LicenseFamilies.Family f : families) {
      int[] add = new int[strata];
      for (String key : f.keys()) {
        add[stratum(byKey.get(key))]++;
        add[strata - 1]++;
      }
      int best = 0;
      double bestCost = Double.POSITIVE_INFINITY;
      for (int fold = 0; fold < COUNT; fold++) {
        double cost = 0;
        for (int s = 0; s < strata; s++) {
          if (add[s] > 0) {
            cost += (2.0 * load[fold][s] * add[s] + (double) add[s] * add[s]) / ((double) total[s] * total[s]);
          }
        }
        if (cost < bestCost - 1e-12 || (Math.abs(cost - bestCost) <= 1e-12 && size[fold] < size[best])) {
          best = fold;
          bestCost = cost;
        }
      }
      for (int s = 0; s < strata; s++) {
        load[best][s] += add[s];
      }
      size[best] += f.keys().size();
      for (String key : f.keys()) {
        out.add(new Assignment(key, f.id(), best));
      }
    }
    out.sort(Comparator.comparing(Assignment::key));
    return List.copyOf(out);
  }

  private static int stratum(ScanCodeLicense r) {
    return 2 * r.category().ordinal() + (r.hasSpdxId() ? 1 : 0);
  }

  /**
   * The bundled split of the development half of LicenseDB, in key order.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static List<Assignment> bundled() {
    try (InputStream in = Folds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": no such classpath resource");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": cannot read", e);
    } catch (CorpusException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Parses a split written by {@link #toTsv}.
   *
   * @param source the file or resource name used in error messages
   * @throws CorpusException naming {@code source} and the line if the header differs, a row is
   *     malformed, a fold is not a number in range, or a key repeats
   */
  static List<Assignment> parse(String source, String content) {
    List<Assignment> out = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (LabelTable.Row row : LabelTable.parse(source, content, HEADER).rows()) {
      Integer first = lines.putIfAbsent(row.get("key"), row.line());
      if (first != null) {
        throw row.error("duplicate key " + row.get("key") + ", first on line " + first);
      }
      try {
        out.add(new Assignment(row.get("key"), row.get("family"), Integer.parseInt(row.get("fold"))));
      } catch (IllegalArgumentException e) { // NumberFormatException included
        throw row.error("bad row: " + e.getMessage());
      }
    }
    out.sort(Comparator.comparing(Assignment::key));
    return List.copyOf(out);
  }

  /** The split as the bundled file holds it: header, then one row per record, in key order. */
  public static String toTsv(List<Assignment> assignments) {
    StringBuilder b = new StringBuilder(String.join("\t", HEADER)).append('\n');
    assignments.stream().sorted(Comparator.comparing(Assignment::key))
        .forEach(a -> b.append(a.key()).append('\t').append(a.family()).append('\t').append(a.fold()).append('\n'));
    return b.toString();
  }

  /**
   * Writes the split of the LicenseDB directory {@code args[0]} to the file {@code args[1]} (in the
   * source tree: {@code corpus/src/main/resources/dev/ajar/corpus/scancode-folds.tsv}).
   *
   * @throws IOException if the file cannot be written
   * @throws CorpusException if the directory cannot be loaded
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Folds <LicenseDB directory> <output .tsv>");
      System.exit(1);
    }
    ScanCodeLicenseDb db = ScanCodeLicenseDb.load(Path.of(args[0]));
    Files.writeString(Path.of(args[1]), toTsv(assign(db.records())), UTF_8);
  }
}
