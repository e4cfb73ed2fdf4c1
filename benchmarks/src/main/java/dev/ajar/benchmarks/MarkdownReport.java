package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The human-readable report: a summary (targets, accuracy, identification, variants, speed, peers,
 * charts), then per-source details (per-class figures, confusion matrices and every error, in both
 * modes). The summary alone is what the main job prints.
 */
final class MarkdownReport {

  /** Report rows that get a details section (sub-rows and "overall" repeat their texts). */
  private static final List<String> DETAIL_ROWS = List.of("reformatted", "restriction inserted", "harmless mention",
      DocumentGenerator.BUNDLE, DocumentGenerator.REPEATED, DocumentGenerator.CARD, DocumentGenerator.ARTICLE);

  /** Document rows whose texts each have one source text whose class they should keep. */
  private static final List<String> KEEP_ROWS = List.of(DocumentGenerator.BUNDLE_RESTRICTIVE,
      DocumentGenerator.REPEATED, DocumentGenerator.REPEATED_OPEN, DocumentGenerator.REPEATED_RESTRICTIVE,
      DocumentGenerator.CARD);

  private final Results r;
  private final List<Target> targets;
  private final Map<String, String> charts;

  /**
   * @param charts chart file names by caption, linked in the order given
   */
  MarkdownReport(Results r, List<Target> targets, Map<String, String> charts) {
    this.r = r;
    this.targets = targets;
    this.charts = new LinkedHashMap<>(charts);
  }

  /** The summary sections. */
  String summary() {
    StringBuilder b = new StringBuilder();
    b.append("# Ajar benchmark report\n\n");
    b.append("Command: `java -jar benchmarks/target/benchmarks.jar")
        .append(r.arguments().isEmpty() ? "" : " " + String.join(" ", r.arguments())).append("`  \n");
    b.append(r.environment().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "))).append(".\n\n");
    targets(b);
    accuracy(b);
    identification(b);
    b.append(new ScanCodeMarkdown(r.scancode()).summary());
    variants(b);
    speed(b);
    peers(b);
    b.append("## Charts\n\n");
    charts.forEach((caption, file) -> b.append("- [").append(caption).append("](").append(file).append(")\n"));
    b.append('\n');
    charts.forEach((caption, file) -> b.append("![").append(caption).append("](").append(file).append(")\n\n"));
    return b.toString();
  }

  /** Per-class figures, confusion matrices and errors of the main rows, both modes. */
  String details() {
    StringBuilder b = new StringBuilder("## Details per source\n\n");
    b.append("Per class: precision, recall and F1, strict and with the contested alternative counted. ")
        .append("Confusion matrices are strict (rows gold, columns predicted). Errors are every text whose ")
        .append("prediction is not its gold class; \"alt ok\" marks a contested text whose prediction is its ")
        .append("alternative (right when the alternative counts). \"Deciding findings\" are the first three of ")
        .append("the findings that decided the class, in the decision's order (`Classification.decidingFindings()`); ")
        .append("\"nothing decided\" when no finding in the text decided (no license, a declaration, a dropped grant).\n\n");
    List<String> rows = new ArrayList<>();
    rows.add(Workload.SPDX);
    rows.add(Workload.SPDX_OSI);
    rows.addAll(r.workload().corpora());
    rows.addAll(DETAIL_ROWS);
    for (String row : rows) {
      b.append("### ").append(row).append("\n\n");
      for (Mode m : Mode.values()) {
        GroupResult g = r.evaluation(m).group(row);
        if (g == null) {
          continue;
        }
        b.append("#### ").append(row).append(", ").append(m.slug()).append("\n\n");
        classTable(b, g);
        confusionTable(b, g.strict);
        errors(b, g);
      }
    }
    b.append(new ScanCodeMarkdown(r.scancode()).details());
    return b.toString();
  }

  private void targets(StringBuilder b) {
    b.append("## Targets\n\n");
    b.append("Accuracy targets are checked on the clauses-only mode, speed targets on the full pipeline, warm.\n\n");
    b.append("| area | target | goal | measured | status | short by |\n|---|---|---|---|---|---|\n");
    for (Target t : targets) {
      b.append("| %s | %s | %s | %s | %s | %s |\n".formatted(t.area(), t.name(), t.goal(), t.measured(),
          t.met().map(m -> m ? "met" : "**missed**").orElse("not measured"), t.gap()));
    }
    b.append('\n');
  }

  private void accuracy(StringBuilder b) {
    b.append("## Accuracy\n\n");
    b.append("Clauses-only: known-license identification off, as for a text never seen before. Full: the ")
        .append("default pipeline. \"alt\" counts the alternative class of a contested label as right. ")
        .append("Macro-F1 (alt) averages F1 over the classes present in the row, gold or predicted. ")
        .append("Reformatted rows also give how many texts kept the class their source got, and so do the ")
        .append("repeats (the repeated text), the model cards (the embedded license) and the bundles with one ")
        .append("restrictive member (that member).\n\n");
    b.append("| source | n | clauses-only strict | clauses-only alt | macro-F1 alt | full strict | full alt | macro-F1 alt | kept source class (clauses-only) |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    Evaluation c = r.evaluation(Mode.CLAUSES_ONLY);
    Evaluation f = r.evaluation(Mode.FULL);
    for (GroupResult g : c.groups().values()) {
      GroupResult gf = f.group(g.name);
      String kept = g.name.startsWith("reformatted") || KEEP_ROWS.contains(g.name)
          ? ratio(g.keptSourceClass, g.withSource) : "";
      b.append("| %s | %d | %s | %s | %.3f | %s | %s | %.3f | %s |\n".formatted(g.name, g.total(),
          pct(g.strict.accuracy()), pct(g.lenient.accuracy()), g.lenient.macroF1(),
          pct(gf.strict.accuracy()), pct(gf.lenient.accuracy()), gf.lenient.macroF1(), kept));
    }
    b.append('\n');
  }

  private void identification(StringBuilder b) {
    b.append("## Known-license identification (full pipeline)\n\n");
    Evaluation f = r.evaluation(Mode.FULL);
    GroupResult all = f.group(Evaluation.OVERALL);
    if (all.named == 0) {
      b.append("No text was given a closest license: `Classification.closestLicense()` was empty for every ")
          .append("text, so identification is not active in this build. The table fills in when it is.\n\n");
    }
    b.append("Right when the text's SPDX id (for a variant, its source's) is among `closestLicense().ids()`.\n\n");
    b.append("| source | texts with a known id | named a license | right |\n|---|---|---|---|\n");
    for (GroupResult g : f.groups().values()) {
      if (g.withKnownId > 0) {
        b.append("| %s | %d | %s | %s |\n".formatted(g.name, g.withKnownId, ratio(g.named, g.withKnownId),
            ratio(g.identified, g.withKnownId)));
      }
    }
    b.append('\n');
  }

  private void variants(StringBuilder b) {
    Workload w = r.workload();
    int bases = VariantGenerator.insertionBases(w.family(BenchCase.Family.SPDX)).size();
    b.append("## Variant families\n\n");
    b.append("Generated with seed ").append(w.seed()).append(" (`--seed`). Reformatted: every original (")
        .append(w.family(BenchCase.Family.SPDX).size() + w.family(BenchCase.Family.CORPUS).size())
        .append(") in each of ").append(Reformat.values().length).append(" styles (")
        .append(java.util.Arrays.stream(Reformat.values()).map(Reformat::slug).collect(Collectors.joining(", ")))
        .append("). Restriction inserted: each of the ").append(bases)
        .append(" uncontested OSD_COMPATIBLE SPDX licenses with one of our ").append(w.restrictions().size())
        .append(" held-out restriction sentences at the start, at the sentence boundary nearest the middle, and at the end ")
        .append("(gold USE_RESTRICTED). Harmless mention: the same licenses and positions with one of ")
        .append(w.mentions().size()).append(" sentences that mention a restricted topic without restricting it ")
        .append("(gold OSD_COMPATIBLE). Restriction v2 and harmless v2 (held-out): the same licenses and ")
        .append("positions with one of our v2 sentences, written apart from the tuning phrasings; reports give ")
        .append("their figures per category or kind only, never the sentences or their errors. No sampling: ")
        .append("every base gets every position. The family ")
        .append("\"restrictive licenses with the restrictions removed\" is not generated: removing restrictions ")
        .append("honestly needs their spans annotated by hand, independently of the classifier, and the corpus ")
        .append("has no such annotation (cutting the sentences the classifier's own findings point at would ")
        .append("measure the classifier against itself).\n\n");
    List<Evaluation.Flip> flips = r.evaluation(Mode.CLAUSES_ONLY).flips(w.cases());
    b.append("### Reformatted variants classified unlike their source (clauses-only)\n\n");
    if (flips.isEmpty()) {
      b.append("None.\n\n");
    } else {
      b.append("| variant | source's class | variant's class | deciding findings (variant) |\n|---|---|---|---|\n");
      for (Evaluation.Flip f : flips) {
        b.append("| %s | %s | %s | %s |\n".formatted(cell(f.variant().id()), f.source().predicted(), f.outcome().predicted(),
            f.outcome().deciding().isEmpty() ? "nothing decided" : cell(String.join("; ", f.outcome().deciding()))));
      }
      b.append('\n');
    }
    tallyByGroup(b, "Restriction inserted, by category", BenchCase.Family.RESTRICTION, w.restrictions());
    missed(b, "Restriction sentences missed (clauses-only; each used about equally often at each position)",
        BenchCase.Family.RESTRICTION, w.restrictions());
    tallyByGroup(b, "Harmless mention, by topic", BenchCase.Family.MENTION, w.mentions());
    missed(b, "Harmless-mention variants not OSD_COMPATIBLE, by sentence (clauses-only)",
        BenchCase.Family.MENTION, w.mentions());
    tallyByGroup(b, "Restriction v2 (held-out), by category", BenchCase.Family.RESTRICTION_V2,
        Phrasing.restrictions(Phrasing.HELDOUT_RESTRICTIONS));
    tallyByGroup(b, "Harmless v2 (held-out), by kind", BenchCase.Family.HARMLESS_V2, Phrasing.load(Phrasing.HELDOUT_HARMLESS));
    documents(b);
  }

  /** What the document families are made of, and the articles by the quoted sentence's category. */
  private void documents(StringBuilder b) {
    Workload w = r.workload();
    b.append("### Documents (issue 13)\n\n");
    b.append("Bundles: ").append(w.family(BenchCase.Family.BUNDLE).size()).append(" notice files of ")
        .append(DocumentGenerator.MIN_COPIES).append(" to ").append(DocumentGenerator.MAX_COPIES)
        .append(" uncontested SPDX texts between rule lines of 40 hyphens, members dealt from seeded shuffles; ")
        .append("all open (gold OSD_COMPATIBLE), or one uncontested USE_RESTRICTED text at a seeded position ")
        .append("(gold USE_RESTRICTED). Repeats: ").append(w.family(BenchCase.Family.REPEATED).size())
        .append(" files of one uncontested text, open or restrictive, 2 to 10 times between the same rule lines ")
        .append("(gold the text's). Model cards: ").append(w.family(BenchCase.Family.CARD).size())
        .append(", each uncontested USE_RESTRICTED SPDX text under \"## License\" of our own card (front matter ")
        .append("`license: other`; gold USE_RESTRICTED). News articles: ").append(w.family(BenchCase.Family.ARTICLE).size())
        .append(", our own four-paragraph article about a model release quoting one sentence of ")
        .append("`src-test-data/phrasings/restriction-sentences.tsv` after \"The licence says:\" (gold NOT_A_LICENSE; ")
        .append("no target: reported speech is a known limitation).\n\n");
    if (!w.family(BenchCase.Family.ARTICLE).isEmpty()) {
      tallyByGroup(b, "News articles, by category of the quoted sentence", BenchCase.Family.ARTICLE, List.of());
    }
  }

  private void tallyByGroup(StringBuilder b, String title, BenchCase.Family family, List<Phrasing> phrasings) {
    b.append("### ").append(title).append("\n\n| group | sentences | texts | clauses-only right | full right |\n|---|---|---|---|---|\n");
    Map<String, int[]> byGroup = new LinkedHashMap<>();
    for (Mode m : Mode.values()) {
      for (Evaluation.PhrasingTally t : r.evaluation(m).phrasings(r.workload().cases(), family, phrasings)) {
        int[] n = byGroup.computeIfAbsent(t.phrasing().group(), k -> new int[4]);
        if (m == Mode.CLAUSES_ONLY) {
          n[0]++;
          n[1] += t.used();
          n[2] += t.right();
        } else {
          n[3] += t.right();
        }
      }
    }
    byGroup.forEach((g, n) -> b.append("| %s | %d | %d | %s | %s |\n".formatted(g, n[0], n[1], ratio(n[2], n[1]), ratio(n[3], n[1]))));
    b.append('\n');
  }

  private void missed(StringBuilder b, String title, BenchCase.Family family, List<Phrasing> phrasings) {
    List<Evaluation.PhrasingTally> missed = r.evaluation(Mode.CLAUSES_ONLY)
        .phrasings(r.workload().cases(), family, phrasings).stream().filter(t -> t.right() < t.used()).toList();
    b.append("### ").append(title).append("\n\n");
    if (missed.isEmpty()) {
      b.append("None.\n\n");
      return;
    }
    b.append("| sentence id | wrong / used | of the wrong, source text already wrong | sentence |\n|---|---|---|---|\n");
    for (Evaluation.PhrasingTally t : missed) {
      b.append("| %s | %d / %d | %d | %s |\n".formatted(t.phrasing().id(), t.used() - t.right(), t.used(),
          t.wrongSource(), cell(t.phrasing().sentence())));
    }
    b.append('\n');
  }

  private void speed(StringBuilder b) {
    b.append("## Speed\n\n");
    if (r.speed().isEmpty()) {
      b.append("Not measured in this run (`--no-speed`).\n\n");
      return;
    }
    b.append("Warm, in process, over the ").append(r.workload().spdx().size()).append(" SPDX texts: ")
        .append(SpeedRun.WARMUP_PASSES).append(" warm-up passes, then ").append(SpeedRun.REPEATS)
        .append(" timed passes on 1 thread and on all processors; the median pass is reported. Latency is ")
        .append("every call of the timed single-thread passes. MB are 10^6 bytes of UTF-8. The machine is ")
        .append("shared, so figures are noisy; compare medians across runs, not single numbers.\n\n");
    b.append("| mode | 1 thread, licenses/s | MB/s | all threads (n), licenses/s | MB/s | p50 ms | p90 ms | p99 ms | max ms |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Mode m : Mode.values()) {
      r.speed(m).ifPresent(s -> b.append("| %s | %.0f | %.2f | %.0f (%d) | %.2f | %.2f | %.2f | %.2f | %.2f |\n".formatted(
          m.slug(), s.oneThreadRate(), s.oneThreadMegabytesPerSecond(), s.allThreadsRate(), s.threads(),
          s.allThreadsMegabytesPerSecond(), s.latencyMillis().median(), s.latencyMillis().percentile(90),
          s.latencyMillis().percentile(99), s.latencyMillis().max())));
    }
    b.append("\nTime against input size (corpus texts concatenated and cut to size; median call, 1 thread):\n\n");
    b.append("| chars | MB |");
    for (Mode m : Mode.values()) {
      b.append(' ').append(m.slug()).append(" ms | ").append(m.slug()).append(" ms/MB |");
    }
    b.append("\n|---|---|").append("---|---|".repeat(Mode.values().length)).append('\n');
    SpeedResult any = r.speed().values().iterator().next();
    for (int i = 0; i < any.scaling().size(); i++) {
      SpeedResult.ScalePoint p0 = any.scaling().get(i);
      b.append("| %,d | %.3f |".formatted(p0.chars(), p0.megabytes()));
      for (Mode m : Mode.values()) {
        int k = i;
        b.append(r.speed(m).map(s -> " %.1f | %.1f |".formatted(s.scaling().get(k).millis(), s.scaling().get(k).millisPerMegabyte()))
            .orElse(" - | - |"));
      }
      b.append('\n');
    }
    b.append("\nCold start and heap, in fresh child JVMs (default JVM options; medians, min-max in brackets): ")
        .append("launch to first result as the parent sees it (process creation and JVM boot included), JVM start ")
        .append("to first result as the child sees it; then one more child, under ").append(ColdStart.HEAP_CHECK)
        .append(", from JVM start to every SPDX text classified (cold: corpus loading and JIT warm-up included) ")
        .append("and the heap in use after GC with the classifier and corpus loaded.\n\n");
    b.append("| mode | launch to first result | JVM start to first result | cold whole SPDX corpus | steady heap | runs whole corpus in ")
        .append(ColdStart.HEAP_CHECK).append(" |\n|---|---|---|---|---|---|\n");
    for (Mode m : Mode.values()) {
      r.coldStart(m).ifPresent(c -> b.append("| %s | %s | %s | %s | %s | %s |\n".formatted(m.slug(),
          range(c.launchMillis(), "ms"), range(c.jvmMillis(), "ms"), range(c.corpusMillis(), "ms"),
          range(c.heapMegabytes(), "MiB"), c.fitsHeapCheck().map(ok -> ok ? "yes" : "**no**").orElse("not checked")
              + c.failure().map(f -> " (" + cell(f) + ")").orElse(""))));
    }
    b.append('\n');
  }

  private void peers(StringBuilder b) {
    b.append("## Peers, on the same texts in the same run\n\n");
    b.append("Run after Ajar's speed measurements, one at a time. Identification is right when the text's ")
        .append("SPDX id (a variant's source's) is among the ids a tool names; \"class via lookup\" looks the ")
        .append("first named id up in our SPDX gold labels, which is all an identifier can say about an edited ")
        .append("license. Ajar's columns are on exactly the same texts (identification: full pipeline; class: ")
        .append("clauses-only).\n\n");
    for (PeerResult p : r.peers()) {
      if (p.skipped().isPresent()) {
        b.append("- ").append(p.tool()).append(": skipped, ").append(p.skipped().get()).append(".\n");
      }
    }
    if (r.peers().stream().allMatch(p -> p.skipped().isPresent())) {
      b.append('\n');
      return;
    }
    b.append("\n| tool | how it was run | texts | answered | ms per text (tool's own: mean / median / max) | whole SPDX corpus, batch | one process per text (median) |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (PeerResult p : r.peers()) {
      if (p.skipped().isPresent()) {
        continue;
      }
      String own = p.perTextMillis().map(s -> "%.1f / %.1f / %.1f".formatted(s.mean(), s.median(), s.max())).orElse("-");
      String corpus = p.spdxCorpusSeconds().isPresent() ? "%.2f s".formatted(p.spdxCorpusSeconds().getAsDouble()) : "-";
      String single = p.perProcessMillis().map(s -> "%.0f ms (n=%d)".formatted(s.median(), s.count())).orElse("-");
      b.append("| %s | %s | %d | %d | %s | %s | %s |\n".formatted(p.tool(), cell(p.how()), p.attempted(),
          p.answers().size(), own, corpus, single));
    }
    b.append('\n');
    for (PeerResult p : r.peers()) {
      if (p.skipped().isPresent()) {
        continue;
      }
      b.append("**").append(p.tool()).append("**");
      p.notes().forEach(n -> b.append(" ").append(n).append('.'));
      b.append("\n\n| row | answered | identified right | Ajar identified right | class via lookup right | Ajar class right |\n|---|---|---|---|---|---|\n");
      for (Peers.Score s : Peers.score(p, r.workload(), r.evaluation(Mode.FULL), r.evaluation(Mode.CLAUSES_ONLY))) {
        b.append("| %s | %d | %s | %s | %s | %s |\n".formatted(s.row(), s.answered(),
            s.withKnownId() == 0 ? "-" : ratio(s.idRight(), s.withKnownId()),
            s.withKnownId() == 0 ? "-" : ratio(s.ajarIdRight(), s.withKnownId()),
            ratio(s.classRight(), s.answered()), ratio(s.ajarClassRight(), s.answered())));
      }
      b.append('\n');
    }
    Optional<SpeedResult> full = r.speed(Mode.FULL);
    if (full.isPresent()) {
      double ajarMs = 1000 * full.get().allThreadsSeconds().median() / full.get().texts();
      double ajarOneMs = 1000 * full.get().oneThreadSeconds().median() / full.get().texts();
      b.append("Speed side by side, milliseconds per SPDX license (Ajar warm, full pipeline):\n\n");
      b.append("| tool | ms per license | Ajar (%d threads, %.2f ms) is | Ajar (1 thread, %.2f ms) is |\n|---|---|---|---|\n"
          .formatted(full.get().threads(), ajarMs, ajarOneMs));
      for (PeerResult p : r.peers()) {
        peerMillis(p, r.workload().spdx().size()).ifPresent(ms -> b.append("| %s | %.2f | %.0fx faster | %.0fx faster |\n".formatted(
            p.tool() + (p.spdxCorpusSeconds().isPresent() ? " (batch, start-up included)" : " (mean of its sample)"),
            ms, ms / ajarMs, ms / ajarOneMs)));
      }
      b.append('\n');
    }
  }

  /**
   * A peer's milliseconds per license: its batch wall time over the {@code spdxTexts} SPDX texts
   * when it has one, else the mean of its own per-text times.
   */
  static Optional<Double> peerMillis(PeerResult p, int spdxTexts) {
    if (p.spdxCorpusSeconds().isPresent()) {
      return Optional.of(1000 * p.spdxCorpusSeconds().getAsDouble() / spdxTexts);
    }
    return p.perTextMillis().map(Stats::mean);
  }

  private static void classTable(StringBuilder b, GroupResult g) {
    b.append("| class | n (gold) | predicted | precision | recall | F1 | precision alt | recall alt | F1 alt |\n|---|---|---|---|---|---|---|---|---|\n");
    for (LicenseClass c : g.strict.present()) {
      b.append("| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n".formatted(c, g.strict.support(c),
          g.strict.predicted(c), g.strict.precision(c), g.strict.recall(c), g.strict.f1(c),
          g.lenient.precision(c), g.lenient.recall(c), g.lenient.f1(c)));
    }
    b.append("\nAccuracy %s strict, %s alt; macro-F1 %.3f strict, %.3f alt.\n\n".formatted(
        pct(g.strict.accuracy()), pct(g.lenient.accuracy()), g.strict.macroF1(), g.lenient.macroF1()));
  }

  static void confusionTable(StringBuilder b, Confusion c) {
    b.append("| gold \\ predicted |");
    for (LicenseClass p : LicenseClass.values()) {
      b.append(' ').append(p).append(" |");
    }
    b.append("\n|---|").append("---|".repeat(LicenseClass.values().length)).append('\n');
    for (LicenseClass g : LicenseClass.values()) {
      if (c.support(g) == 0) {
        continue;
      }
      b.append("| ").append(g).append(" |");
      for (LicenseClass p : LicenseClass.values()) {
        int n = c.count(g, p);
        b.append(' ').append(g == p ? "**" + n + "**" : Integer.toString(n)).append(" |");
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private static void errors(StringBuilder b, GroupResult g) {
    b.append("Errors: ").append(g.errors.size()).append("\n\n");
    if (g.errors.isEmpty()) {
      return;
    }
    b.append("| id | gold | predicted | confidence | alt ok | deciding findings | inserted or quoted sentence, bundle members |\n|---|---|---|---|---|---|---|\n");
    for (GroupResult.ErrorRow e : g.errors) {
      b.append("| %s | %s | %s | %.2f | %s | %s | %s |\n".formatted(cell(e.benchCase().id()),
          e.benchCase().labelled().gold(), e.outcome().predicted(), e.outcome().confidence(),
          e.acceptedAsAlternative() ? "yes" : "",
          e.outcome().deciding().isEmpty() ? "nothing decided" : cell(String.join("; ", e.outcome().deciding())),
          e.benchCase().phrasing().map(p -> cell(p.sentence()))
              .orElse(e.benchCase().family() == BenchCase.Family.BUNDLE ? cell(e.benchCase().labelled().source()) : "")));
    }
    b.append('\n');
  }

  private static String range(Optional<Stats> s, String unit) {
    return s.map(v -> "%.0f %s [%.0f-%.0f]".formatted(v.median(), unit, v.min(), v.max())).orElse("-");
  }

  static String pct(double fraction) {
    return "%.1f%%".formatted(100 * fraction);
  }

  static String ratio(int right, int n) {
    return n == 0 ? "-" : "%s (%d/%d)".formatted(pct((double) right / n), right, n);
  }

  /** Text safe inside a Markdown table cell. */
  static String cell(String s) {
    return s.replace("|", "\\|").replaceAll("\\s+", " ");
  }
}
