package dev.ajar.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajar.LicenseClass;
import java.util.List;
import java.util.Optional;

/**
 * The machine-readable report: every figure of the Markdown report (and every error), as one JSON
 * object. Rates are fractions in [0, 1]; times are in the unit their key names; absent figures
 * are {@code null}. Key order is fixed, so two runs diff cleanly.
 */
final class JsonReport {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String write(Results r, List<Target> targets) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode env = root.putObject("environment");
    r.environment().forEach(env::put);
    ArrayNode args = root.putArray("arguments");
    r.arguments().forEach(args::add);
    ObjectNode w = root.putObject("workload");
    w.put("spdxListVersion", r.workload().spdxVersion());
    w.put("seed", r.workload().seed());
    ArrayNode corpora = w.putArray("corpora");
    r.workload().corpora().forEach(corpora::add);
    ObjectNode families = w.putObject("families");
    for (BenchCase.Family f : BenchCase.Family.values()) {
      families.put(f.name(), r.workload().family(f).size());
    }
    ArrayNode t = root.putArray("targets");
    for (Target target : targets) {
      ObjectNode o = t.addObject();
      o.put("area", target.area());
      o.put("name", target.name());
      o.put("goal", target.goal());
      o.put("measured", target.measured());
      o.put("status", target.status());
      o.put("gap", target.gap());
    }
    ObjectNode accuracy = root.putObject("accuracy");
    for (Mode m : Mode.values()) {
      accuracy.set(m.slug(), evaluation(r, r.evaluation(m)));
    }
    ObjectNode speed = root.putObject("speed");
    for (Mode m : Mode.values()) {
      r.speed(m).ifPresent(s -> speed.set(m.slug(), speed(s)));
    }
    ObjectNode cold = root.putObject("coldStart");
    for (Mode m : Mode.values()) {
      r.coldStart(m).ifPresent(c -> {
        ObjectNode o = cold.putObject(m.slug());
        o.set("launchToFirstMillis", stats(c.launchMillis()));
        o.set("jvmStartToFirstMillis", stats(c.jvmMillis()));
        o.set("jvmStartToSpdxCorpusDoneMillis", stats(c.corpusMillis()));
        o.set("steadyHeapMebibytes", stats(c.heapMegabytes()));
        c.fitsHeapCheck().ifPresentOrElse(b -> o.put("fitsXmx256m", b), () -> o.putNull("fitsXmx256m"));
        c.failure().ifPresentOrElse(f -> o.put("failure", f), () -> o.putNull("failure"));
      });
    }
    ArrayNode peers = root.putArray("peers");
    for (PeerResult p : r.peers()) {
      peers.add(peer(p, r));
    }
    root.set("scancode", ScanCodeJson.write(r.scancode()));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON report", e);
    }
  }

  private static ObjectNode evaluation(Results r, Evaluation e) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode groups = out.putArray("groups");
    for (GroupResult g : e.groups().values()) {
      ObjectNode o = groups.addObject();
      o.put("name", g.name);
      o.put("texts", g.total());
      o.put("accuracyStrict", g.strict.accuracy());
      o.put("accuracyAlternativeCounts", g.lenient.accuracy());
      o.put("macroF1Strict", g.strict.macroF1());
      o.put("macroF1AlternativeCounts", g.lenient.macroF1());
      o.set("classesStrict", classes(g.strict));
      o.set("classesAlternativeCounts", classes(g.lenient));
      o.set("confusionStrict", confusion(g.strict));
      ObjectNode id = o.putObject("identification");
      id.put("withKnownId", g.withKnownId);
      id.put("named", g.named);
      id.put("right", g.identified);
      o.put("withSource", g.withSource);
      o.put("keptSourceClass", g.keptSourceClass);
      ArrayNode errors = o.putArray("errors");
      for (GroupResult.ErrorRow row : g.errors) {
        ObjectNode err = errors.addObject();
        err.put("id", row.benchCase().id());
        err.put("gold", row.benchCase().labelled().gold().name());
        err.put("alternative", row.benchCase().labelled().alternative().map(Enum::name).orElse(null));
        err.put("predicted", row.outcome().predicted().name());
        err.put("confidence", row.outcome().confidence());
        err.put("acceptedAsAlternative", row.acceptedAsAlternative());
        ArrayNode deciding = err.putArray("deciding");
        row.outcome().deciding().forEach(deciding::add);
        err.put("inserted", row.benchCase().phrasing().map(Phrasing::sentence).orElse(null));
      }
    }
    ObjectNode phrasings = out.putObject("phrasings");
    phrasings.set("restriction inserted", tallies(e.phrasings(r.workload().cases(), BenchCase.Family.RESTRICTION, r.workload().restrictions())));
    phrasings.set("harmless mention", tallies(e.phrasings(r.workload().cases(), BenchCase.Family.MENTION, r.workload().mentions())));
    return out;
  }

  /** A confusion matrix as {@code {gold: {predicted: count}}}, rows only for gold classes present. */
  static ObjectNode confusion(Confusion c) {
    ObjectNode out = JSON.createObjectNode();
    for (LicenseClass gold : LicenseClass.values()) {
      if (c.support(gold) > 0) {
        ObjectNode row = out.putObject(gold.name());
        for (LicenseClass p : LicenseClass.values()) {
          row.put(p.name(), c.count(gold, p));
        }
      }
    }
    return out;
  }

  private static ArrayNode classes(Confusion c) {
    ArrayNode out = JSON.createArrayNode();
    for (LicenseClass k : c.present()) {
      ObjectNode o = out.addObject();
      o.put("class", k.name());
      o.put("support", c.support(k));
      o.put("predicted", c.predicted(k));
      o.put("precision", c.precision(k));
      o.put("recall", c.recall(k));
      o.put("f1", c.f1(k));
    }
    return out;
  }

  private static ArrayNode tallies(List<Evaluation.PhrasingTally> tallies) {
    ArrayNode out = JSON.createArrayNode();
    for (Evaluation.PhrasingTally t : tallies) {
      ObjectNode o = out.addObject();
      o.put("id", t.phrasing().id());
      o.put("group", t.phrasing().group());
      o.put("sentence", t.phrasing().sentence());
      o.put("used", t.used());
      o.put("right", t.right());
      o.put("wrongWithSourceAlreadyWrong", t.wrongSource());
    }
    return out;
  }

  private static ObjectNode speed(SpeedResult s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("texts", s.texts());
    o.put("megabytes", s.megabytes());
    o.put("threads", s.threads());
    o.put("oneThreadLicensesPerSecond", s.oneThreadRate());
    o.put("oneThreadMegabytesPerSecond", s.oneThreadMegabytesPerSecond());
    o.put("allThreadsLicensesPerSecond", s.allThreadsRate());
    o.put("allThreadsMegabytesPerSecond", s.allThreadsMegabytesPerSecond());
    o.set("oneThreadPassSeconds", stats(Optional.of(s.oneThreadSeconds())));
    o.set("allThreadsPassSeconds", stats(Optional.of(s.allThreadsSeconds())));
    o.set("latencyMillis", stats(Optional.of(s.latencyMillis())));
    ArrayNode scaling = o.putArray("scaling");
    for (SpeedResult.ScalePoint p : s.scaling()) {
      ObjectNode sp = scaling.addObject();
      sp.put("chars", p.chars());
      sp.put("megabytes", p.megabytes());
      sp.put("runs", p.runs());
      sp.put("medianMillis", p.millis());
      sp.put("millisPerMegabyte", p.millisPerMegabyte());
    }
    return o;
  }

  private static ObjectNode peer(PeerResult p, Results r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("tool", p.tool());
    o.put("how", p.how());
    o.put("skipped", p.skipped().orElse(null));
    o.put("attempted", p.attempted());
    o.put("answered", p.answers().size());
    if (p.spdxCorpusSeconds().isPresent()) {
      o.put("spdxCorpusSeconds", p.spdxCorpusSeconds().getAsDouble());
    } else {
      o.putNull("spdxCorpusSeconds");
    }
    o.set("perTextMillis", stats(p.perTextMillis()));
    o.set("perProcessMillis", stats(p.perProcessMillis()));
    ArrayNode notes = o.putArray("notes");
    p.notes().forEach(notes::add);
    ArrayNode scores = o.putArray("scores");
    for (Peers.Score s : Peers.score(p, r.workload(), r.evaluation(Mode.FULL), r.evaluation(Mode.CLAUSES_ONLY))) {
      ObjectNode so = scores.addObject();
      so.put("row", s.row());
      so.put("answered", s.answered());
      so.put("withKnownId", s.withKnownId());
      so.put("identificationRight", s.idRight());
      so.put("classViaLookupRight", s.classRight());
      so.put("ajarIdentificationRight", s.ajarIdRight());
      so.put("ajarClassRightClausesOnly", s.ajarClassRight());
    }
    ArrayNode answers = o.putArray("answers");
    for (PeerResult.Answer a : p.answers()) {
      ObjectNode ao = answers.addObject();
      ao.put("id", a.caseId());
      ArrayNode ids = ao.putArray("ids");
      a.ids().forEach(ids::add);
      if (Double.isNaN(a.millis())) {
        ao.putNull("millis");
      } else {
        ao.put("millis", a.millis());
      }
      ao.put("error", a.error());
    }
    return o;
  }

  private static ObjectNode stats(Optional<Stats> s) {
    if (s.isEmpty()) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    Stats v = s.get();
    o.put("count", v.count());
    o.put("min", v.min());
    o.put("mean", v.mean());
    o.put("p50", v.median());
    o.put("p90", v.percentile(90));
    o.put("p99", v.percentile(99));
    o.put("max", v.max());
    return o;
  }
}
