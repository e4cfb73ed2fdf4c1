package dev.ajar.benchmarks;

import dev.ajar.corpus.CorpusDirectory;
import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the benchmark classifies: the SPDX texts, every corpus directory, and the variant
 * families generated from them, in a fixed order (originals by source then id, then reformatted,
 * restriction-inserted, harmless-mention, restriction v2 and harmless v2 variants, then the
 * documents: bundles, repeats, model cards and news articles, see {@link DocumentGenerator}).
 *
 * @param spdxVersion the SPDX License List version of the SPDX texts
 * @param corpora the report names of the corpus directories, in command-line order
 * @param seed the variant seed
 * @param restrictions the restriction sentences the variants insert, in file order
 * @param mentions the harmless mention sentences the variants insert, in file order
 * @param cases every case; ids are unique
 */
record Workload(String spdxVersion, List<String> corpora, long seed, List<Phrasing> restrictions,
    List<Phrasing> mentions, List<BenchCase> cases) {

  /** The report row of every SPDX text. */
  static final String SPDX = "spdx";

  /** The report row of the OSI-approved SPDX texts. */
  static final String SPDX_OSI = "spdx OSI-approved";

  Workload {
    corpora = List.copyOf(corpora);
    restrictions = List.copyOf(restrictions);
    mentions = List.copyOf(mentions);
    cases = List.copyOf(cases);
  }

  /**
   * Loads the SPDX corpus and {@code dirs}, and generates the variants and documents with {@code
   * seed}. The news articles are left out when {@link DocumentGenerator#articleSentences()} finds
   * no sentence file.
   *
   * @throws dev.ajar.corpus.CorpusException if a directory is not a valid corpus
   */
  static Workload load(List<Path> dirs, long seed) {
    SpdxCorpus spdx = SpdxCorpus.load();
    List<BenchCase> originals = new ArrayList<>();
    for (SpdxLicense l : spdx.licenses()) {
      List<String> groups = l.osiApproved() ? List.of(SPDX, SPDX_OSI) : List.of(SPDX);
      originals.add(new BenchCase(l.labelled(), BenchCase.Family.SPDX, groups, Optional.of(l.id()),
          Optional.empty(), Optional.empty()));
    }
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>(List.of(SPDX, SPDX_OSI));
    for (Path dir : dirs) {
      String name = uniqueName(dir, taken);
      names.add(name);
      for (LabelledText t : CorpusDirectory.load(dir)) {
        // Prefix the id with the corpus name: ids must be unique across the run.
        LabelledText renamed = new LabelledText(name + "/" + t.id(), t.text(), t.gold(), t.tier(),
            t.contested(), t.alternative(), t.source(), t.notes());
        originals.add(new BenchCase(renamed, BenchCase.Family.CORPUS, List.of(name), Optional.empty(),
            Optional.empty(), Optional.empty()));
      }
    }
    VariantGenerator generator = new VariantGenerator(seed);
    List<BenchCase> bases = VariantGenerator.insertionBases(originals);
    List<BenchCase> all = new ArrayList<>(originals);
    all.addAll(generator.reformatted(originals));
    List<Phrasing> restrictions = Phrasing.restrictions();
    List<Phrasing> mentions = Phrasing.load(Phrasing.MENTIONS);
    all.addAll(generator.restrictionInserted(bases, restrictions));
    all.addAll(generator.mentions(bases, mentions));
    all.addAll(generator.restrictionV2(bases, Phrasing.restrictions(Phrasing.HELDOUT_RESTRICTIONS)));
    all.addAll(generator.harmlessV2(bases, Phrasing.load(Phrasing.HELDOUT_HARMLESS)));
    DocumentGenerator documents = new DocumentGenerator(seed);
    List<BenchCase> restrictive = DocumentGenerator.restrictiveBases(originals);
    all.addAll(documents.documents(bases, restrictive));
    return new Workload(spdx.listVersion(), names, seed, restrictions, mentions, all);
  }

  /** The cases of one family, in run order. */
  List<BenchCase> family(BenchCase.Family family) {
    return cases.stream().filter(c -> c.family() == family).toList();
  }

  /** The SPDX texts as shipped, in id order. */
  List<BenchCase> spdx() {
    return family(BenchCase.Family.SPDX);
  }

  private static String uniqueName(Path dir, Set<String> taken) {
    Path file = dir.toAbsolutePath().normalize().getFileName();
    String base = file == null ? "corpus" : file.toString();
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }
}
