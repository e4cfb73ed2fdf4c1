package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ajar.learn.LabelledSentence;
import dev.ajar.learn.ModelTrainer;
import dev.ajar.learn.SentenceFeatures;
import dev.ajar.learn.SentenceModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Trains the bundled sentence model from the project's labelled sentences, and measures it by
 * holding out one source at a time.
 *
 * <p>The sentences are every {@code .tsv} file under a phrasings folder (in the source tree,
 * {@code src-test-data/phrasings}), read in path order. A file's header says how to read it:
 * {@code label category sentence} gives each line's outcome; {@code category sentence} is a file
 * of restrictions, {@code kind sentence} a file of sentences that restrict nothing. Lines that
 * are blank or start with {@code #} are skipped.
 *
 * <p>License boilerplate is what a model trained on single sentences most easily mistakes for a
 * restriction ("ANY USE ... OTHER THAN AS AUTHORIZED ... IS PROHIBITED"), so the examples also
 * take, as sentences that restrict nothing, up to {@value #PER_RECORD} distinct sentences of
 * {@value #MIN_WORDS} or more words of every ScanCode LicenseDB record in a tuning fold (1 to 4)
 * that ScanCode calls open and that has no SPDX id (the SPDX texts stay a clean check), in key
 * order. The texts stay in {@code ../shared}; only this rule is in the repository.
 *
 * <pre>
 * SentenceModelExport PHRASINGS LICENSEDB OUT     writes kind.model and category.model into OUT
 * SentenceModelExport --cross-validate PHRASINGS LICENSEDB
 * </pre>
 *
 * <p>{@code SentenceModelExportTest} fails when the bundled model is not what this class trains
 * from the files in the source tree.
 */
public final class SentenceModelExport {

  /** How many sentences each open ScanCode record gives. */
  static final int PER_RECORD = 1000;

  /** The fewest words a ScanCode sentence needs to be an example. */
  static final int MIN_WORDS = 4;

  /** The source name of the ScanCode examples. */
  static final String SCANCODE_SOURCE = "scancode-open-records";

  private SentenceModelExport() {}

  /**
   * Trains and writes the model, or cross-validates.
   *
   * @param args see the class comment
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--cross-validate")) {
      crossValidate(examples(Path.of(args[1]), Path.of(args[2])), System.out);
    } else if (args.length == 3) {
      write(examples(Path.of(args[0]), Path.of(args[1])), Path.of(args[2]));
    } else {
      System.err.println("usage: SentenceModelExport PHRASINGS LICENSEDB OUT"
          + " | --cross-validate PHRASINGS LICENSEDB");
      System.exit(1);
    }
  }

  /** The training examples: every phrasing, then the ScanCode sentences. */
  static List<LabelledSentence> examples(Path phrasings, Path licenseDb) throws IOException {
    List<LabelledSentence> out = new ArrayList<>(read(phrasings));
    out.addAll(openRecordSentences(ScanCodeLicenseDb.load(licenseDb)));
    return out;
  }

  /** The sentences of the open records in the tuning folds, by the rule in the class comment. */
  static List<LabelledSentence> openRecordSentences(ScanCodeLicenseDb db) {
    Map<String, Integer> folds = new HashMap<>();
    for (Folds.Assignment a : Folds.bundled()) {
      folds.put(a.key(), a.fold());
    }
    Set<String> seen = new HashSet<>();
    List<LabelledSentence> out = new ArrayList<>();
    List<ScanCodeLicense> records = new ArrayList<>(db.records());
    records.sort(Comparator.comparing(ScanCodeLicense::key));
    for (ScanCodeLicense r : records) {
      Integer fold = folds.get(r.key());
      if (fold == null || fold == Folds.HOLDOUT || r.hasSpdxId() || !r.category().isOpen()) {
        continue;
      }
      int taken = 0;
      for (String s : SentenceFeatures.sentences(r.text())) {
        if (taken == PER_RECORD) {
          break;
        }
        if (s.split(" ").length >= MIN_WORDS && seen.add(s.toLowerCase(Locale.ROOT))) {
          out.add(new LabelledSentence(SCANCODE_SOURCE, SentenceModel.NONE, r.key(), s));
          taken++;
        }
      }
    }
    return out;
  }

  /** Writes {@code kind.model} and {@code category.model} into {@code folder}. */
  static void write(List<LabelledSentence> sentences, Path folder) throws IOException {
    ModelTrainer.Trained t = ModelTrainer.train(sentences);
    Files.createDirectories(folder);
    Files.write(folder.resolve("kind.model"), t.kind());
    Files.write(folder.resolve("category.model"), t.category());
  }

  /**
   * Every labelled sentence under {@code phrasings}, in path order.
   *
   * @throws IllegalArgumentException if a file's header is none of the three, or a line has too
   *     few columns
   */
  static List<LabelledSentence> read(Path phrasings) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(phrasings)) {
      files = walk.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<LabelledSentence> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(parse(phrasings.relativize(f).toString(), Files.readAllLines(f, UTF_8)));
    }
    return out;
  }

  static List<LabelledSentence> parse(String source, List<String> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(source + ": empty file");
    }
    String header = lines.get(0);
    int columns = header.split("\t").length;
    String fixed = switch (header) {
      case "label\tcategory\tsentence" -> null;
      case "category\tsentence" -> SentenceModel.RESTRICTION;
      case "kind\tsentence" -> SentenceModel.NONE;
      default -> throw new IllegalArgumentException(source + ": unknown header " + header);
    };
    List<LabelledSentence> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != columns) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + columns + " columns");
      }
      out.add(fixed == null
          ? new LabelledSentence(source, c[0].strip(), c[1].strip(), c[2].strip())
          : new LabelledSentence(source, fixed, c[0].strip(), c[1].strip()));
    }
    return out;
  }

  /**
   * Holds out each source that has both restrictions and other sentences, trains on the rest,
   * and prints how many of the held-out source's restrictions the model catches and how many of
   * its other sentences it flags, at the bundled threshold ({@link SentenceModel#THRESHOLD}),
   * then the totals.
   */
  static void crossValidate(List<LabelledSentence> sentences, PrintStream out) {
    crossValidate(sentences, out, source -> true);
  }

  /** As {@link #crossValidate(List, PrintStream)}, holding out only the sources {@code which} accepts. */
  static void crossValidate(List<LabelledSentence> sentences, PrintStream out,
      Predicate<String> which) {
    List<String> sources = sentences.stream().map(LabelledSentence::source).distinct()
        .filter(s -> mixed(sentences, s) && which.test(s)).toList();
    int pos = 0;
    int caught = 0;
    int neg = 0;
    int alarms = 0;
    for (String held : sources) {
      SentenceModel m = ModelTrainer.train(
          sentences.stream().filter(s -> !s.source().equals(held)).toList()).model();
      int p = 0;
      int c = 0;
      int n = 0;
      int a = 0;
      for (LabelledSentence s : sentences) {
        if (!s.source().equals(held)) {
          continue;
        }
        boolean fires = m.isRestriction(SentenceFeatures.ofSentence(s.sentence()));
        if (s.isRestriction()) {
          p++;
          c += fires ? 1 : 0;
        } else {
          n++;
          a += fires ? 1 : 0;
        }
      }
      out.printf(Locale.ROOT, "%s held out: restrictions caught %s, other sentences flagged %s%n",
          held, share(c, p), share(a, n));
      pos += p;
      caught += c;
      neg += n;
      alarms += a;
    }
    out.printf(Locale.ROOT, "all held-out sources: restrictions caught %s, other sentences flagged %s%n",
        share(caught, pos), share(alarms, neg));
  }

  private static boolean mixed(List<LabelledSentence> sentences, String source) {
    return sentences.stream().filter(s -> s.source().equals(source))
        .map(LabelledSentence::isRestriction).distinct().count() == 2;
  }

  private static String share(int k, int n) {
    return String.format(Locale.ROOT, "%.1f%% (%d/%d)", n == 0 ? 0 : 100.0 * k / n, k, n);
  }
}
