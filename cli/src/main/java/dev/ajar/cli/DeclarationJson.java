package dev.ajar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajar.Classification;
import dev.ajar.DeclaredLicense;
import java.util.List;

/**
 * The JSON shapes of declarations and mismatches, shared by the JSON Lines and SARIF output, so
 * both spell them the same way. Every method returns a new tree of plain nodes.
 */
final class DeclarationJson {
  private DeclarationJson() {}

  /**
   * A declared license: {@code {"kind", "expression", "ids", "unresolved", "class", "reason",
   * "start", "end", "text"}}; {@code class} is {@code null} when Ajar knows no class for it, and
   * {@code start}/{@code end} are UTF-16 offsets of {@code text} in the string it was found in.
   */
  static ObjectNode license(DeclaredLicense d) {
    ObjectNode o = JsonFormatter.MAPPER.createObjectNode();
    o.put("kind", d.kind().name());
    o.put("expression", d.expression());
    strings(o.putArray("ids"), d.ids());
    strings(o.putArray("unresolved"), d.unresolved());
    o.put("class", d.licenseClass().map(Enum::name).orElse(null));
    o.put("reason", d.reason());
    o.put("start", d.start());
    o.put("end", d.end());
    o.put("text", d.excerpt());
    return o;
  }

  /** The licenses {@code c}'s text declares, in text order, each as {@link #license}. */
  static ArrayNode declared(Classification c) {
    ArrayNode a = JsonFormatter.MAPPER.createArrayNode();
    c.declared().forEach(d -> a.add(license(d)));
    return a;
  }

  /**
   * What a model repository declares in one place: {@code {"source", "origin", "id", "licenses"}},
   * {@code origin} being {@code MODEL_CARD}, {@code GGUF} or {@code SAFETENSORS} and {@code
   * licenses} the resolved values, each as {@link #license} (offsets into the value).
   */
  static ObjectNode modelDeclaration(ModelDeclaration d) {
    ObjectNode o = JsonFormatter.MAPPER.createObjectNode();
    o.put("source", d.source());
    o.put("origin", d.origin().name());
    o.put("id", d.id());
    ArrayNode licenses = o.putArray("licenses");
    d.licenses().forEach(l -> licenses.add(license(l)));
    return o;
  }

  /** Every declaration of {@code declarations}, each as {@link #modelDeclaration}. */
  static ArrayNode modelDeclarations(List<ModelDeclaration> declarations) {
    ArrayNode a = JsonFormatter.MAPPER.createArrayNode();
    declarations.forEach(d -> a.add(modelDeclaration(d)));
    return a;
  }

  /**
   * A mismatch: {@code {"found", "declaredClasses", "source", "origin", "declared", "message"}}:
   * the file's class, the classes declared (taxonomy order), where they were declared, the
   * declared values with their classes, and the one-line message of the text output.
   */
  static ObjectNode mismatch(Mismatch m) {
    ObjectNode o = JsonFormatter.MAPPER.createObjectNode();
    o.put("found", m.found().name());
    strings(o.putArray("declaredClasses"), m.declaredClassNames());
    o.put("source", m.declaration().source());
    o.put("origin", m.declaration().origin().name());
    o.put("declared", m.declared());
    o.put("message", m.message());
    return o;
  }

  /** Every mismatch, each as {@link #mismatch}. */
  static ArrayNode mismatches(List<Mismatch> mismatches) {
    ArrayNode a = JsonFormatter.MAPPER.createArrayNode();
    mismatches.forEach(m -> a.add(mismatch(m)));
    return a;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
