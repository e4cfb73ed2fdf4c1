package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.LabelledText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the document families of issue 13 ("Files are documents") from the SPDX texts,
 * deterministically: the same texts, sentences and seed give the same documents, in the same
 * order, on every run and JVM.
 *
 * <ul>
 *   <li>Bundles: notice files of {@value #MIN_COPIES} to {@value #MAX_COPIES} uncontested
 *       OSD_COMPATIBLE SPDX texts between {@link #RULE rule lines}, as THIRD_PARTY_NOTICES files
 *       are written ({@value #OPEN_PER_SIZE} per size; gold OSD_COMPATIBLE); and bundles in which
 *       one member, at a seeded position, is an uncontested USE_RESTRICTED SPDX text (every such
 *       text {@value #PER_RESTRICTIVE} times, sizes rotating; gold USE_RESTRICTED).
 *   <li>Repeats: one uncontested text {@value #MIN_COPIES} to {@value #MAX_COPIES} times between
 *       rule lines: open texts {@value #OPEN_PER_SIZE} per size, every restrictive text {@value
 *       #PER_RESTRICTIVE} times, sizes rotating; gold the text's.
 *   <li>Model cards: every uncontested USE_RESTRICTED SPDX text under the License heading of our
 *       own card template ({@link #CARD_TEMPLATE}, front matter {@code license: other}); gold
 *       USE_RESTRICTED.
 *   <li>News articles: each restriction sentence of {@link #ARTICLE_SENTENCES} quoted after "The
 *       licence says:" in our own article template ({@link #ARTICLE_TEMPLATE}); gold
 *       NOT_A_LICENSE.
 * </ul>
 *
 * <p>Members are dealt from seeded shuffles of the bases, so every base is used about equally
 * often and no bundle holds one text twice.
 */
final class DocumentGenerator {

  /** What separates two licenses in a notice file. */
  static final String RULE = "\n\n----------------------------------------\n\n";

  /** The fewest licenses in a bundle or copies in a repeat. */
  static final int MIN_COPIES = 2;

  /** The most licenses in a bundle or copies in a repeat. */
  static final int MAX_COPIES = 10;

  /** Open bundles, and open repeats, per size. */
  static final int OPEN_PER_SIZE = 10;

  /** Bundles, and repeats, per restrictive text. */
  static final int PER_RESTRICTIVE = 3;

  /** The report row of every bundle. */
  static final String BUNDLE = "bundle";

  /** The report row of the bundles of open texts only. */
  static final String BUNDLE_OPEN = "bundle: open members only";

  /** The report row of the bundles with one restrictive member. */
  static final String BUNDLE_RESTRICTIVE = "bundle: one restrictive member";

  /** The report row of every repeat. */
  static final String REPEATED = "repeated";

  /** The report row of the repeats of an open text. */
  static final String REPEATED_OPEN = "repeated: open text";

  /** The report row of the repeats of a restrictive text. */
  static final String REPEATED_RESTRICTIVE = "repeated: restrictive text";

  /** The report row of the model cards. */
  static final String CARD = "model card";

  /** The report row of the news articles. */
  static final String ARTICLE = "news article";

  /** The model card template: {@code {{license}}} is the embedded text. */
  static final String CARD_TEMPLATE = "/dev/ajar/benchmarks/documents/model-card.md";

  /** The news article template: {@code {{sentence}}} is the quoted sentence. */
  static final String ARTICLE_TEMPLATE = "/dev/ajar/benchmarks/documents/news-article.txt";

  /**
   * The restriction sentences the articles quote, relative to the test data folder (system
   * property {@code ajar.testdata}, default {@code src-test-data} under the repository root the
   * benchmark runs from).
   */
  static final Path ARTICLE_SENTENCES = Path.of("phrasings", "restriction-sentences.tsv");

  /** Invented models and makers for the templates, used in turn: name, maker, size, tag. */
  private static final List<List<String>> MODELS = List.of(
      List.of("Larkspur-3B", "Fenwick Labs", "3B", "chat"),
      List.of("Quillon-7B", "Ostrander AI", "7B", "summarization"),
      List.of("Mireval-1.5B", "Tarrow Research", "1.5B", "question-answering"),
      List.of("Corvane-13B", "Helleby Systems", "13B", "text-generation"),
      List.of("Sable-Lite-2B", "Numbrae Collective", "2B", "education"));

  private final long seed;

  DocumentGenerator(long seed) {
    this.seed = seed;
  }

  /** The restrictive bases: uncontested USE_RESTRICTED SPDX originals, in order. */
  static List<BenchCase> restrictiveBases(List<BenchCase> originals) {
    return originals.stream()
        .filter(c -> c.family() == BenchCase.Family.SPDX)
        .filter(c -> c.labelled().gold() == LicenseClass.USE_RESTRICTED && !c.labelled().contested())
        .toList();
  }

  /** Where the sentences the articles quote are read from. */
  static Path articleSentencesFile() {
    return Path.of(System.getProperty("ajar.testdata", "src-test-data")).resolve(ARTICLE_SENTENCES);
  }

  /** The sentences the articles quote, or empty when {@link #articleSentencesFile()} is missing. */
  static Optional<List<Phrasing>> articleSentences() {
    Path file = articleSentencesFile();
    return Files.isRegularFile(file) ? Optional.of(Phrasing.load(file)) : Optional.empty();
  }

  /**
   * Every document family, in report order: bundles, repeats, model cards, then the news articles
   * when {@link #articleSentences()} finds the sentence file.
   *
   * @param open the open bases (see {@link VariantGenerator#insertionBases(List)})
   * @param restrictive the restrictive bases (see {@link #restrictiveBases(List)})
   */
  List<BenchCase> documents(List<BenchCase> open, List<BenchCase> restrictive) {
    List<BenchCase> out = new ArrayList<>(bundles(open, restrictive));
    out.addAll(repeats(open, restrictive));
    out.addAll(cards(restrictive));
    out.addAll(articles(articleSentences().orElse(List.of())));
    return out;
  }

  /**
   * The ids of the SPDX texts a bundle or repeat is made of, in order (a repeat's one text once);
   * empty for any other case.
   */
  static Optional<List<String>> memberIds(BenchCase c) {
    return switch (c.family()) {
      case BUNDLE -> Optional.of(List.of(c.labelled().source().substring(BUNDLE_SOURCE.length()).split(", ")));
      case REPEATED -> c.sourceId().map(List::of);
      default -> Optional.empty();
    };
  }

  /** How a bundle's source begins; the member ids follow, comma-separated. */
  private static final String BUNDLE_SOURCE = "bundle of ";

  /**
   * Open bundles ({@value #OPEN_PER_SIZE} per size), then bundles with one restrictive member
   * ({@value #PER_RESTRICTIVE} per restrictive base).
   */
  List<BenchCase> bundles(List<BenchCase> open, List<BenchCase> restrictive) {
    List<BenchCase> out = new ArrayList<>();
    Deck deck = new Deck(open, new Random(seed * 31 + 11));
    for (int k = MIN_COPIES; k <= MAX_COPIES; k++) {
      for (int j = 0; j < OPEN_PER_SIZE; j++) {
        out.add(bundle("bundle/open/" + k + "/" + j, deck.draw(k), Optional.empty(), LicenseClass.OSD_COMPATIBLE,
            BUNDLE_OPEN));
      }
    }
    Random position = new Random(seed * 31 + 12);
    for (int i = 0; i < restrictive.size() * PER_RESTRICTIVE; i++) {
      BenchCase r = restrictive.get(i / PER_RESTRICTIVE);
      int k = size(i);
      List<BenchCase> members = new ArrayList<>(deck.draw(k - 1));
      members.add(position.nextInt(k), r);
      out.add(bundle("bundle/restrictive/" + r.id() + "/" + k, members, Optional.of(r),
          LicenseClass.USE_RESTRICTED, BUNDLE_RESTRICTIVE));
    }
    return out;
  }

  /**
   * Repeats of open texts ({@value #OPEN_PER_SIZE} per size), then of every restrictive base
   * ({@value #PER_RESTRICTIVE} times, sizes rotating).
   */
  List<BenchCase> repeats(List<BenchCase> open, List<BenchCase> restrictive) {
    List<BenchCase> out = new ArrayList<>();
    Deck deck = new Deck(open, new Random(seed * 31 + 13));
    for (int k = MIN_COPIES; k <= MAX_COPIES; k++) {
      for (int j = 0; j < OPEN_PER_SIZE; j++) {
        BenchCase base = deck.draw(1).get(0);
        out.add(repeat("repeated/open/" + k + "/" + j + "/" + base.id(), base, k, REPEATED_OPEN));
      }
    }
    for (int i = 0; i < restrictive.size() * PER_RESTRICTIVE; i++) {
      BenchCase base = restrictive.get(i / PER_RESTRICTIVE);
      out.add(repeat("repeated/restrictive/" + base.id() + "/" + size(i), base, size(i), REPEATED_RESTRICTIVE));
    }
    return out;
  }

  /** Every restrictive base under the License heading of the card template; gold USE_RESTRICTED. */
  List<BenchCase> cards(List<BenchCase> restrictive) {
    String template = Phrasing.resource(CARD_TEMPLATE);
    List<BenchCase> out = new ArrayList<>();
    for (int i = 0; i < restrictive.size(); i++) {
      BenchCase r = restrictive.get(i);
      String text = fill(template, i).replace("{{license}}", r.text().strip());
      LabelledText card = new LabelledText("card/" + r.id(), text, LicenseClass.USE_RESTRICTED, Optional.empty(),
          false, Optional.empty(), "model card embedding " + r.id(), "");
      out.add(new BenchCase(card, BenchCase.Family.CARD, List.of(CARD), r.knownId(), Optional.of(r.id()),
          Optional.empty()));
    }
    return out;
  }

  /** One article per sentence, quoting it; gold NOT_A_LICENSE. */
  List<BenchCase> articles(List<Phrasing> sentences) {
    String template = Phrasing.resource(ARTICLE_TEMPLATE);
    List<BenchCase> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Phrasing p = sentences.get(i);
      String text = fill(template, i).replace("{{sentence}}", p.sentence());
      LabelledText article = new LabelledText("article/" + p.id(), text, LicenseClass.NOT_A_LICENSE,
          Optional.empty(), false, Optional.empty(), "news article quoting " + p.id(), p.sentence());
      out.add(new BenchCase(article, BenchCase.Family.ARTICLE, List.of(ARTICLE), Optional.empty(),
          Optional.empty(), Optional.of(p)));
    }
    return out;
  }

  /** The size of the {@code i}-th restrictive bundle or repeat: every size in turn. */
  private static int size(int i) {
    return MIN_COPIES + i % (MAX_COPIES - MIN_COPIES + 1);
  }

  private static BenchCase bundle(String id, List<BenchCase> members, Optional<BenchCase> restrictive,
      LicenseClass gold, String row) {
    String text = members.stream().map(m -> m.text().strip()).collect(Collectors.joining(RULE)) + "\n";
    String ids = members.stream().map(BenchCase::id).collect(Collectors.joining(", "));
    LabelledText bundle = new LabelledText(id, text, gold, Optional.empty(), false, Optional.empty(),
        BUNDLE_SOURCE + ids, "");
    return new BenchCase(bundle, BenchCase.Family.BUNDLE, List.of(BUNDLE, row),
        restrictive.flatMap(BenchCase::knownId), restrictive.map(BenchCase::id), Optional.empty());
  }

  private static BenchCase repeat(String id, BenchCase base, int copies, String row) {
    String text = String.join(RULE, Collections.nCopies(copies, base.text().strip())) + "\n";
    LabelledText o = base.labelled();
    LabelledText repeated = new LabelledText(id, text, o.gold(), o.tier(),
        o.contested(), o.alternative(), copies + " copies of " + o.id(), "");
    return new BenchCase(repeated, BenchCase.Family.REPEATED, List.of(REPEATED, row), base.knownId(),
        Optional.of(o.id()), Optional.empty());
  }

  /** {@code template} with the {@code i}-th invented model's name, maker, size and tag. */
  private static String fill(String template, int i) {
    List<String> m = MODELS.get(i % MODELS.size());
    return template.replace("{{model}}", m.get(0)).replace("{{org}}", m.get(1)).replace("{{size}}", m.get(2))
        .replace("{{tag}}", m.get(3));
  }

  /** Bases dealt from a seeded shuffle, reshuffled when used up; one hand never holds a base twice. */
  private static final class Deck {
    private final List<BenchCase> cards;
    private final Random random;
    private int next;

    Deck(List<BenchCase> bases, Random random) {
      if (bases.isEmpty()) {
        throw new IllegalArgumentException("no bases to deal");
      }
      this.cards = new ArrayList<>(bases);
      this.random = random;
      Collections.shuffle(cards, random);
    }

    List<BenchCase> draw(int n) {
      List<BenchCase> hand = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int tries = 0; hand.size() < n && tries < n + cards.size(); tries++) {
        if (next == cards.size()) {
          Collections.shuffle(cards, random);
          next = 0;
        }
        BenchCase c = cards.get(next++);
        if (ids.add(c.id())) {
          hand.add(c);
        }
      }
      if (hand.size() < n) {
        throw new IllegalArgumentException("fewer than " + n + " distinct bases");
      }
      return hand;
    }
  }
}
