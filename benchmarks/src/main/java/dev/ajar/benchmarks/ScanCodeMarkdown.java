package dev.ajar.benchmarks;

import static dev.ajar.benchmarks.MarkdownReport.cell;
import static dev.ajar.benchmarks.MarkdownReport.ratio;

import dev.ajar.corpus.ScanCodeCategory;
import dev.ajar.corpus.ScanCodeGold;
import java.util.List;
import java.util.function.Function;

/**
 * The ScanCode LicenseDB section of the Markdown report: a summary (the source, what was left out,
 * and the figures fold by fold in each mode), then details (per category, the confusion against
 * the gold labels, and the errors). {@link ScanCodeRun} prints the same text.
 *
 * <p>Errors of records never tuned on (fold 0 and records in no fold) are listed only when the
 * result says so; otherwise the section says how many were withheld.
 */
final class ScanCodeMarkdown {

  /** What "agree" means, said once in each report. */
  static final String DEFINITIONS = "Open = Permissive, Copyleft, Copyleft Limited, Public Domain; not open = "
      + "Commercial, Free Restricted, Proprietary Free, Source-available. Ajar agrees with ScanCode when it calls "
      + "a text of an open category OSD_COMPATIBLE, and a text of a not-open category anything else: NOT_A_LICENSE "
      + "counts as not open. \"Not open called OSD\" is the share of not-open texts Ajar calls OSD_COMPATIBLE. "
      + "Gold: four-class accuracy against the reviewed labels, strict and with a contested label's alternative "
      + "counted as right. Fold 0 is the holdout, never tuned on; folds 1-4 are tuned on.";

  private final ScanCodeResult r;

  ScanCodeMarkdown(ScanCodeResult r) {
    this.r = r;
  }

  /** The source and the figures by fold, both modes. */
  String summary() {
    StringBuilder b = new StringBuilder("## ScanCode LicenseDB\n\n");
    ScanCodeSource s = r.source();
    if (s.dir().isEmpty()) {
      s.notes().forEach(n -> b.append("Not measured: ").append(n).append(".\n\n"));
      return b.toString();
    }
    long noSpdx = s.cases().stream().filter(c -> !c.license().hasSpdxId()).count();
    b.append("Source: `").append(s.dir().get()).append('`')
        .append(s.commit().map(c -> " (LicenseDB commit " + c + ")").orElse(""))
        .append("; ").append(s.cases().size()).append(" records classified, ").append(noSpdx)
        .append(" without an SPDX id")
        .append(s.folds().map(f -> "; only folds " + f).orElse("")).append(".\n\n");
    s.notes().forEach(n -> b.append("- ").append(n).append('\n'));
    b.append('\n').append(DEFINITIONS).append("\n\n");
    for (Mode m : Mode.values()) {
      r.evaluation(m).ifPresent(e -> byFold(b, e));
    }
    return b.toString();
  }

  private void byFold(StringBuilder b, ScanCodeEvaluation e) {
    b.append("### By fold, ").append(e.mode().slug()).append("\n\n");
    b.append("| slice | role | n | no SPDX id: agree | no SPDX id: not open called OSD | all: agree "
        + "| all: not open called OSD | gold labelled | gold right | gold right (alt) |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (ScanCodeEvaluation.Slice s : e.slices().values()) {
      ScanCodeTally n = s.noSpdxId();
      ScanCodeTally a = s.all();
      b.append("| %s | %s | %d | %s | %s | %s | %s | %d | %s | %s |\n".formatted(s.name(), s.role(), a.texts(),
          ratio(n.agree(), n.texts()), ratio(n.notOpenCalledOsd(), n.texts(false)),
          ratio(a.agree(), a.texts()), ratio(a.notOpenCalledOsd(), a.texts(false)), a.strict.total(),
          ratio(a.strict.correct(), a.strict.total()), ratio(a.lenient.correct(), a.lenient.total())));
    }
    b.append('\n');
  }

  /** Per category, gold confusion and errors, both modes. */
  String details() {
    StringBuilder b = new StringBuilder();
    for (Mode m : Mode.values()) {
      r.evaluation(m).ifPresent(e -> {
        b.append("### ScanCode LicenseDB, ").append(m.slug()).append("\n\n");
        byCategory(b, e, "records without an SPDX id", ScanCodeEvaluation.Slice::noSpdxId);
        byCategory(b, e, "all records", ScanCodeEvaluation.Slice::all);
        gold(b, e);
        errors(b, e);
      });
    }
    return b.toString();
  }

  private static void byCategory(StringBuilder b, ScanCodeEvaluation e, String population,
      Function<ScanCodeEvaluation.Slice, ScanCodeTally> tally) {
    List<ScanCodeEvaluation.Slice> slices = List.copyOf(e.slices().values());
    b.append("#### Agreement with ScanCode by category, ").append(population).append(", ").append(e.mode().slug())
        .append("\n\n| category |");
    slices.forEach(s -> b.append(' ').append(s.name()).append(" |"));
    b.append("\n|---|").append("---|".repeat(slices.size())).append('\n');
    for (ScanCodeCategory c : ScanCodeCategory.values()) {
      row(b, c.label() + (c.isOpen() ? " (open)" : " (not open)"), slices, s -> ratio(tally.apply(s).agree(c),
          tally.apply(s).texts(c)));
    }
    row(b, "**open**", slices, s -> ratio(tally.apply(s).agree(true), tally.apply(s).texts(true)));
    row(b, "**not open**", slices, s -> ratio(tally.apply(s).agree(false), tally.apply(s).texts(false)));
    row(b, "**not open called OSD**", slices, s -> ratio(tally.apply(s).notOpenCalledOsd(), tally.apply(s).texts(false)));
    row(b, "**all**", slices, s -> ratio(tally.apply(s).agree(), tally.apply(s).texts()));
    b.append('\n');
  }

  private static void row(StringBuilder b, String name, List<ScanCodeEvaluation.Slice> slices,
      Function<ScanCodeEvaluation.Slice, String> value) {
    b.append("| ").append(name).append(" |");
    slices.forEach(s -> b.append(' ').append(value.apply(s)).append(" |"));
    b.append('\n');
  }

  private void gold(StringBuilder b, ScanCodeEvaluation e) {
    b.append("#### Against the gold labels, ").append(e.mode().slug()).append("\n\n");
    if (!r.source().goldPresent()) {
      b.append(ScanCodeGold.RESOURCE).append(" is absent: no gold figures.\n\n");
      return;
    }
    for (String name : List.of(ScanCodeEvaluation.TUNING, ScanCodeEvaluation.fold(0), ScanCodeEvaluation.UNSPLIT,
        ScanCodeEvaluation.ALL)) {
      ScanCodeEvaluation.Slice s = e.slice(name);
      if (s == null || s.all().strict.total() == 0) {
        continue;
      }
      Confusion strict = s.all().strict;
      b.append("%s (%s): %s right, %s with the alternative; macro-F1 %.3f strict.\n\n".formatted(name, s.role(),
          ratio(strict.correct(), strict.total()), ratio(s.all().lenient.correct(), s.all().lenient.total()),
          strict.macroF1()));
      MarkdownReport.confusionTable(b, strict);
    }
  }

  private void errors(StringBuilder b, ScanCodeEvaluation e) {
    List<ScanCodeEvaluation.ErrorRow> shown = r.includeHoldoutErrors() ? e.errors() : e.errors(false);
    int withheld = e.errors().size() - shown.size();
    b.append("#### Errors, ").append(e.mode().slug()).append("\n\n").append(e.errors().size()).append(" errors");
    if (withheld > 0) {
      b.append("; the ").append(withheld).append(" in records never tuned on (fold 0, and records in no fold) are ")
          .append("not listed, so the holdout stays unread (`--include-holdout-errors` lists them)");
    }
    b.append(". \"Wrong against\": ScanCode (open or not), gold (the reviewed label), or both.\n\n");
    if (shown.isEmpty()) {
      return;
    }
    b.append("| key | fold | category | SPDX id | gold | got | confidence | wrong against | deciding findings |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (ScanCodeEvaluation.ErrorRow row : shown) {
      ScanCodeCase c = row.benchCase();
      b.append("| %s | %s | %s | %s | %s | %s | %.2f | %s | %s |\n".formatted(cell(c.key()),
          c.fold().map(a -> Integer.toString(a.fold())).orElse("-"), c.license().category().label(),
          c.license().spdxId().orElse("-"), c.gold().map(g -> g.gold() + g.alternative().map(a -> " (alt " + a + ")")
              .orElse("")).orElse("-"), row.outcome().predicted(), row.outcome().confidence(), wrongAgainst(row),
          row.outcome().deciding().isEmpty() ? "nothing decided" : cell(String.join("; ", row.outcome().deciding()))));
    }
    b.append('\n');
  }

  /** {@code ScanCode}, {@code gold} or {@code both}. */
  static String wrongAgainst(ScanCodeEvaluation.ErrorRow row) {
    return row.scanCodeDisagrees() && row.goldRejects() ? "both" : row.scanCodeDisagrees() ? "ScanCode" : "gold";
  }
}
