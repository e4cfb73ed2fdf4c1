package dev.ajar.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajar.corpus.ScanCodeCategory;
import java.util.List;

/**
 * The ScanCode LicenseDB part of {@code report.json}: the source and its notes, per mode every
 * slice's counts by category (records without an SPDX id and all), the gold confusion, and the
 * errors, withheld for records never tuned on exactly as in the Markdown. Counts, not rates.
 */
final class ScanCodeJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScanCodeJson() {}

  static ObjectNode write(ScanCodeResult r) {
    ObjectNode out = JSON.createObjectNode();
    ScanCodeSource s = r.source();
    out.put("measured", s.dir().isPresent());
    out.put("dir", s.dir().map(Object::toString).orElse(null));
    out.put("commit", s.commit().orElse(null));
    ArrayNode folds = out.putArray("folds");
    s.folds().ifPresent(f -> f.forEach(folds::add));
    out.put("records", s.cases().size());
    out.put("recordsWithoutSpdxId", s.cases().stream().filter(c -> !c.license().hasSpdxId()).count());
    out.put("goldPresent", s.goldPresent());
    out.put("recordsWithGold", s.cases().stream().filter(c -> c.gold().isPresent()).count());
    out.put("notOpenIncludesNotALicense", true);
    ArrayNode notes = out.putArray("notes");
    s.notes().forEach(notes::add);
    out.put("holdoutErrorsListed", r.includeHoldoutErrors());
    ObjectNode modes = out.putObject("modes");
    for (Mode m : Mode.values()) {
      r.evaluation(m).ifPresent(e -> modes.set(m.slug(), evaluation(r, e)));
    }
    return out;
  }

  private static ObjectNode evaluation(ScanCodeResult r, ScanCodeEvaluation e) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode slices = out.putArray("slices");
    for (ScanCodeEvaluation.Slice s : e.slices().values()) {
      ObjectNode o = slices.addObject();
      o.put("name", s.name());
      o.put("role", s.role());
      o.set("withoutSpdxId", tally(s.noSpdxId()));
      o.set("all", tally(s.all()));
    }
    List<ScanCodeEvaluation.ErrorRow> shown = r.includeHoldoutErrors() ? e.errors() : e.errors(false);
    out.put("errorCount", e.errors().size());
    out.put("errorsWithheld", e.errors().size() - shown.size());
    ArrayNode errors = out.putArray("errors");
    for (ScanCodeEvaluation.ErrorRow row : shown) {
      ScanCodeCase c = row.benchCase();
      ObjectNode o = errors.addObject();
      o.put("key", c.key());
      if (c.fold().isPresent()) {
        o.put("fold", c.fold().get().fold());
      } else {
        o.putNull("fold");
      }
      o.put("category", c.license().category().label());
      o.put("spdxId", c.license().spdxId().orElse(null));
      o.put("gold", c.gold().map(g -> g.gold().name()).orElse(null));
      o.put("alternative", c.gold().flatMap(g -> g.alternative()).map(Enum::name).orElse(null));
      o.put("got", row.outcome().predicted().name());
      o.put("confidence", row.outcome().confidence());
      o.put("wrongAgainst", ScanCodeMarkdown.wrongAgainst(row));
      ArrayNode deciding = o.putArray("deciding");
      row.outcome().deciding().forEach(deciding::add);
    }
    return out;
  }

  private static ObjectNode tally(ScanCodeTally t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("texts", t.texts());
    o.put("agree", t.agree());
    o.put("notOpenTexts", t.texts(false));
    o.put("notOpenCalledOsd", t.notOpenCalledOsd());
    ArrayNode categories = o.putArray("categories");
    for (ScanCodeCategory c : ScanCodeCategory.values()) {
      ObjectNode co = categories.addObject();
      co.put("category", c.label());
      co.put("open", c.isOpen());
      co.put("texts", t.texts(c));
      co.put("agree", t.agree(c));
    }
    ObjectNode gold = o.putObject("gold");
    gold.put("labelled", t.strict.total());
    gold.put("right", t.strict.correct());
    gold.put("rightAlternativeCounts", t.lenient.correct());
    gold.set("confusionStrict", JsonReport.confusion(t.strict));
    return o;
  }
}
