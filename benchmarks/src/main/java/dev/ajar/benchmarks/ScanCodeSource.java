package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.ajar.corpus.Folds;
import dev.ajar.corpus.ScanCodeGold;
import dev.ajar.corpus.ScanCodeLicense;
import dev.ajar.corpus.ScanCodeLicenseDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ScanCode LicenseDB records one run classifies, joined with the bundled fold split and gold
 * table, and every fact about what was left out; or, when there is no LicenseDB directory, why.
 *
 * @param dir the directory read; empty when none was found
 * @param commit the LicenseDB commit the directory names, if any
 * @param folds the folds kept ({@code --folds}); all of {@code 0..4} plus unsplit records when empty
 * @param cases the records kept, in key order
 * @param notes what the report must say about this source: absence, skipped records, fold-file and
 *     gold coverage; in that order
 * @param goldPresent whether the gold table is bundled at all
 */
record ScanCodeSource(Optional<Path> dir, Optional<String> commit, Optional<SortedSet<Integer>> folds,
    List<ScanCodeCase> cases, List<String> notes, boolean goldPresent) {

  /** The default directory, relative to the repository root the benchmark runs from. */
  static final Path SHARED = Path.of("..", "shared", "corpus", "scancode-licensedb");

  ScanCodeSource {
    requireNonNull(dir, "dir");
    requireNonNull(commit, "commit");
    folds = folds.map(f -> Collections.unmodifiableSortedSet(new TreeSet<>(f)));
    cases = List.copyOf(cases);
    notes = List.copyOf(notes);
  }

  /** A source with no directory, and the reason in its notes. */
  static ScanCodeSource absent(String why) {
    return new ScanCodeSource(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(why), false);
  }

  /**
   * The directory to read: {@code given} when present, else {@link #SHARED} when it is a directory.
   */
  static Optional<Path> resolve(Optional<Path> given) {
    return given.isPresent() ? given : Optional.of(SHARED).filter(Files::isDirectory);
  }

  /** The note for a run without a LicenseDB directory. */
  static String absentNote() {
    return "no ScanCode LicenseDB directory: " + SHARED + " is absent and --scancode-licensedb was not given,"
        + " so this source was not measured";
  }

  /**
   * Loads {@code dir} and joins it with {@link Folds#bundled()} and {@link ScanCodeGold#bundled()}.
   *
   * @param folds the folds to keep; empty keeps every record, those outside the split included
   * @throws dev.ajar.corpus.CorpusException if the directory is missing or a record is malformed
   * @throws IllegalStateException if a bundled table is malformed
   */
  static ScanCodeSource load(Path dir, Optional<Set<Integer>> folds) {
    ScanCodeLicenseDb db = ScanCodeLicenseDb.load(dir);
    Map<String, Folds.Assignment> split = Folds.bundled().stream()
        .collect(Collectors.toMap(Folds.Assignment::key, Function.identity()));
    ScanCodeGold gold = ScanCodeGold.bundled();
    List<String> notes = new ArrayList<>();
    if (!db.skipped().isEmpty()) {
      notes.add(db.skipped().size() + " records skipped: " + db.skipped().stream()
          .map(s -> s.key() + " (" + s.reason() + ")").collect(Collectors.joining(", ")));
    }
    Set<String> keys = new HashSet<>();
    List<ScanCodeCase> cases = new ArrayList<>();
    for (ScanCodeLicense r : db.records()) {
      keys.add(r.key());
      ScanCodeCase c = new ScanCodeCase(r, Optional.ofNullable(split.get(r.key())), gold.label(r.key()));
      if (folds.isEmpty() || c.fold().filter(a -> folds.get().contains(a.fold())).isPresent()) {
        cases.add(c);
      }
    }
    long unsplit = db.records().stream().filter(r -> !split.containsKey(r.key())).count();
    long missing = split.keySet().stream().filter(k -> !keys.contains(k)).count();
    notes.add("fold split (" + Folds.RESOURCE + "): " + (db.records().size() - unsplit) + " of "
        + db.records().size() + " records in a fold; " + unsplit + " not in the fold file"
        + (unsplit == 0 ? "" : " (counted as never tuned on)") + "; " + missing
        + " keys of the fold file absent from this directory");
    List<String> unknown = gold.labels().keySet().stream().filter(k -> !keys.contains(k)).toList();
    long labelled = db.records().stream().filter(r -> gold.label(r.key()).isPresent()).count();
    notes.add(!gold.present() ? "gold labels: " + ScanCodeGold.RESOURCE + " is absent, so there is no four-class accuracy"
        : "gold labels (" + ScanCodeGold.RESOURCE + "): " + labelled + " of " + db.records().size()
            + " records labelled" + (unknown.isEmpty() ? "" : "; " + unknown.size()
                + " labels for keys not in this directory: " + String.join(", ", unknown)));
    return new ScanCodeSource(Optional.of(dir), db.commit(), folds.map(TreeSet::new), cases, notes, gold.present());
  }
}
