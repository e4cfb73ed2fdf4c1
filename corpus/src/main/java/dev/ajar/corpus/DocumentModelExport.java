package dev.ajar.corpus;

import dev.ajar.Basis;
import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.learn.DocumentFeatures;
import dev.ajar.learn.DocumentModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Trains the bundled document model ({@link DocumentModel}) from labelled whole licenses, and
 * measures it by holding out one group at a time.
 *
 * <p>The texts: every ScanCode LicenseDB record in a tuning fold (1 to 4) with a reviewed gold
 * label ({@link ScanCodeGold}), the written development set ({@code
 * src-test-data/written-licenses/dev}), the SPDX texts with their labels ({@link SpdxCorpus}) and
 * the AI-model licenses of {@code ../shared/corpus/ai}. A text labelled NOT_A_LICENSE is left out,
 * and so is one the API reads as talk about licenses or as a declaration (the engine judges a
 * text before those readings). Fold 0 and the written holdout set are never read, so they stay a
 * clean measure. Each text's features are what {@link DocumentFeatures#ofText} makes of its
 * clauses-only classification by the current rules, so the model must be retrained whenever the
 * rules or the sentence model change ({@code DocumentModelExportTest} fails until it is). The
 * texts stay where they are; only the model's weights enter the repository.
 *
 * <p>Cross-validation holds out, in turn, each ScanCode fold, each writer, each quarter of the
 * SPDX texts and the AI licenses, and reports for each source how many closed texts the rules
 * alone call open and how many the rules with the model do, and the same for open texts called
 * closed; and, of the texts the rules close only for want of a grant, how many open and closed
 * ones the model opens.
 *
 * <pre>
 * DocumentModelExport WRITTEN_DEV LICENSEDB AI OUT   writes document.model, document-kind.model
 * DocumentModelExport --cross-validate WRITTEN_DEV LICENSEDB AI
 * </pre>
 */
public final class DocumentModelExport {

  /**
   * One labelled text: its group for cross-validation, its outcome, the rules' class, whether the
   * rules closed it only for want of a grant, and its features.
   */
  record Example(String id, String group, String outcome, LicenseClass rules, boolean wanting,
      String[] features) {}

  /** Thresholds the cross-validation also reports, to show how the bundled one was chosen. */
  static final double[] OTHER_THRESHOLDS = {0.4, 0.6, 0.7};

  /** Class thresholds the cross-validation also reports. */
  static final double[] OTHER_KIND_THRESHOLDS = {0.8, 0.85, 0.95};

  /** Open thresholds the cross-validation also reports. */
  static final double[] OTHER_OPEN_THRESHOLDS = {0.05, 0.1, 0.3};

  private DocumentModelExport() {}

  /**
   * Trains and writes the model, or cross-validates.
   *
   * @param args see the class comment
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("--cross-validate")) {
      crossValidate(examples(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])), System.out);
    } else if (args.length == 4) {
      write(examples(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])), Path.of(args[3]));
    } else {
      System.err.println("usage: DocumentModelExport WRITTEN_DEV LICENSEDB AI OUT"
          + " | --cross-validate WRITTEN_DEV LICENSEDB AI");
      System.exit(1);
    }
  }

  /** Writes {@code document.model} and {@code document-kind.model} into {@code folder}. */
  static void write(List<Example> examples, Path folder) throws IOException {
    Files.createDirectories(folder);
    DocumentModel.Trained trained = train(examples);
    Files.write(folder.resolve("document.model"), trained.gate());
    Files.write(folder.resolve("document-kind.model"), trained.kind());
  }

  static DocumentModel.Trained train(List<Example> examples) {
    return DocumentModel.train(examples.stream().map(Example::features).toList(),
        examples.stream().map(Example::outcome).toList());
  }

  /** Every training text, in a fixed order: ScanCode, written, SPDX, AI; each by id. */
  static List<Example> examples(Path writtenDev, Path licenseDb, Path ai) {
    LicenseClassifier rules = LicenseClassifier.builder().identifyKnownLicenses(false).build();
    List<Example> out = new ArrayList<>();
    Map<String, Integer> folds = new HashMap<>();
    for (Folds.Assignment a : Folds.bundled()) {
      folds.put(a.key(), a.fold());
    }
    ScanCodeGold gold = ScanCodeGold.bundled();
    List<ScanCodeLicense> records = new ArrayList<>(ScanCodeLicenseDb.load(licenseDb).records());
    records.sort(Comparator.comparing(ScanCodeLicense::key));
    for (ScanCodeLicense r : records) {
      Integer fold = folds.get(r.key());
      Optional<ScanCodeGold.Label> label = gold.label(r.key());
      if (fold != null && fold != Folds.HOLDOUT && label.isPresent()) {
        add(out, r.key(), "scancode fold " + fold, label.get().gold(), r.text(), rules);
      }
    }
    for (LabelledText t : sorted(CorpusDirectory.load(writtenDev))) {
      add(out, t.id(), "writer " + t.id().substring(0, t.id().indexOf('-')), t.gold(), t.text(),
          rules);
    }
    List<LabelledText> spdx = sorted(SpdxCorpus.load().texts());
    for (int i = 0; i < spdx.size(); i++) {
      LabelledText t = spdx.get(i);
      add(out, t.id(), "spdx quarter " + i % 4, t.gold(), t.text(), rules);
    }
    for (LabelledText t : sorted(CorpusDirectory.load(ai))) {
      add(out, t.id(), "ai", t.gold(), t.text(), rules);
    }
    return out;
  }

  private static List<LabelledText> sorted(List<LabelledText> texts) {
    List<LabelledText> out = new ArrayList<>(texts);
    out.sort(Comparator.comparing(LabelledText::id));
    return out;
  }

  private static void add(List<Example> out, String id, String group, LicenseClass gold,
      String text, LicenseClassifier rules) {
    String outcome = DocumentModel.outcome(gold);
    if (outcome == null) {
      return; // not a license: the model only judges texts the rules call licenses
    }
    Classification c = rules.classifyText(text);
    if (c.basis() == Basis.DESCRIPTION || c.basis() == Basis.DECLARATION) {
      return; // decided after the rules (talk, a declaration): the model never judges such a text
    }
    out.add(new Example(id, group, outcome, DocumentFeatures.rulesClass(c),
        DocumentFeatures.closedForWantOfAGrant(c), DocumentFeatures.ofText(text, c)));
  }

  /**
   * Holds out each group in turn, trains on the others, and prints per source (the group's first
   * word) the closed texts called open and the open texts called closed, by the rules alone and
   * with the held-out model's judgement at its threshold.
   */
  static void crossValidate(List<Example> examples, PrintStream out) {
    Map<Example, Double> closed = new HashMap<>();
    Map<Example, Double> restricted = new HashMap<>();
    for (String group : new TreeSet<>(examples.stream().map(Example::group).toList())) {
      List<Example> training = examples.stream().filter(e -> !e.group().equals(group)).toList();
      DocumentModel model = DocumentModel.read(train(training));
      for (Example e : examples) {
        if (e.group().equals(group)) {
          closed.put(e, model.closed(e.features()));
          restricted.put(e, model.restricted(e.features()));
        }
      }
    }
    Map<String, List<Example>> bySource = new TreeMap<>();
    for (Example e : examples) {
      bySource.computeIfAbsent(e.group().split(" ")[0], k -> new ArrayList<>()).add(e);
    }
    bySource.forEach((source, in) -> out.println(source + ": "
        + line(in, closed, Double.POSITIVE_INFINITY) + " by the rules; "
        + line(in, closed, DocumentModel.THRESHOLD) + " with the model; "
        + classLine(in, restricted, DocumentModel.KIND_THRESHOLD)));
    bySource.forEach((source, in) -> out.println(source + ": closed for want of a grant, "
        + openedLine(in, closed, DocumentModel.OPEN_THRESHOLD)));
    atThresholds(out, "opened below", OTHER_OPEN_THRESHOLDS, bySource,
        (in, t) -> openedLine(in, closed, t));
    atThresholds(out, "class from", OTHER_KIND_THRESHOLDS, bySource,
        (in, t) -> classLine(in, restricted, t));
    atThresholds(out, "at", OTHER_THRESHOLDS, bySource, (in, t) -> line(in, closed, t));
  }

  /** One line per threshold: each source's figures at it. */
  private static void atThresholds(PrintStream out, String label, double[] thresholds,
      Map<String, List<Example>> bySource, BiFunction<List<Example>, Double, String> figures) {
    for (double t : thresholds) {
      StringBuilder at = new StringBuilder(label + " " + t + ":");
      bySource.forEach((source, in) ->
          at.append(' ').append(source).append(' ').append(figures.apply(in, t)).append(';'));
      out.println(at);
    }
  }

  /**
   * Of the closed texts the rules call PROPRIETARY or USE_RESTRICTED, how many the rules give the
   * right one of the two, and how many with the model's sure class where it differs.
   */
  private static String classLine(List<Example> in, Map<Example, Double> restricted,
      double threshold) {
    int n = 0;
    int rules = 0;
    int model = 0;
    for (Example e : in) {
      if (e.rules() != LicenseClass.PROPRIETARY && e.rules() != LicenseClass.USE_RESTRICTED
          || e.outcome().equals(DocumentModel.OPEN)) {
        continue;
      }
      n++;
      rules += e.outcome().equals(DocumentModel.outcome(e.rules())) ? 1 : 0;
      LicenseClass judged =
          DocumentModel.sureClass(restricted.get(e), threshold).orElse(e.rules());
      model += e.outcome().equals(DocumentModel.outcome(judged)) ? 1 : 0;
    }
    return String.format("closed class right %d/%d by the rules, %d/%d with the model", rules, n,
        model, n);
  }

  /**
   * Of the texts the rules close only for want of a grant, how many open and closed ones the
   * held-out model opens below {@code threshold}.
   */
  private static String openedLine(List<Example> in, Map<Example, Double> closed,
      double threshold) {
    int[] t = tally(in, Example::wanting, e -> closed.get(e) < threshold);
    return String.format("open texts opened %d/%d, closed texts opened %d/%d", t[0], t[1], t[2],
        t[3]);
  }

  private static String line(List<Example> in, Map<Example, Double> closed, double threshold) {
    int[] t = tally(in, e -> true,
        e -> e.rules() == LicenseClass.OSD_COMPATIBLE && closed.get(e) < threshold);
    return String.format("closed called open %d/%d, open called closed %d/%d", t[2], t[3],
        t[1] - t[0], t[1]);
  }

  /**
   * Of the texts {@code among} selects: the open ones {@code says} holds for, the open ones, the
   * closed ones it holds for, the closed ones.
   */
  private static int[] tally(List<Example> in, Predicate<Example> among,
      Predicate<Example> says) {
    int[] t = new int[4];
    for (Example e : in) {
      if (among.test(e)) {
        int base = e.outcome().equals(DocumentModel.OPEN) ? 0 : 2;
        t[base] += says.test(e) ? 1 : 0;
        t[base + 1]++;
      }
    }
    return t;
  }
}
