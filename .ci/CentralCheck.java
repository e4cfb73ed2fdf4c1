import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks what `mvn deploy` staged for Maven Central (the central-publishing plugin's staging folder,
 * written even when publishing is skipped) against Central's requirements: every pom has name,
 * description, url, licenses, developers and scm (its own or its parent's, properties resolved);
 * every jar comes with its sources and javadoc jars; nothing not meant for users is staged.
 *
 * <p>Run from the repository root after `mvn -B -DskipTests deploy`: `java .ci/CentralCheck.java`
 * [--signed] [--release]. `--signed` also requires a `.asc` signature beside each file; `--release`
 * fails, instead of warning, on a placeholder address (an `.example` or `.invalid` host). Prints
 * one line per artifact and exits 1 on any failure.
 */
public class CentralCheck {
  static final List<String> NOT_PUBLISHED = List.of("ajar-benchmarks", "ajar-corpus");
  static final List<String> REQUIRED = List.of("name", "description", "url", "licenses/license/name",
      "licenses/license/url", "developers/developer/name", "scm/url", "scm/connection");
  static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    boolean signed = List.of(args).contains("--signed");
    boolean release = List.of(args).contains("--release");
    Path staged = Stream.of("target/central-staging", "target/central-deferred").map(Path::of)
        .filter(p -> Files.isDirectory(p.resolve("dev"))).findFirst().orElse(null);
    if (staged == null) {
      System.out.println("FAIL: nothing staged; run mvn -B -DskipTests deploy first");
      System.exit(1);
    }
    List<Path> poms;
    try (Stream<Path> s = Files.walk(staged)) {
      poms = s.filter(p -> p.toString().endsWith(".pom")).sorted().toList();
    }
    Map<String, Document> byArtifact = new HashMap<>();
    for (Path pom : poms) {
      Document d = parse(pom);
      byArtifact.put(text(d.getDocumentElement(), "artifactId"), d);
    }
    for (String artifact : NOT_PUBLISHED) {
      check(!byArtifact.containsKey(artifact), artifact + " is staged but not meant for users");
    }
    for (Path pom : poms) {
      Document d = parse(pom);
      Element project = d.getDocumentElement();
      String artifact = text(project, "artifactId");
      Element parent = child(project, "parent");
      Document parentDoc = parent == null ? null : byArtifact.get(text(parent, "artifactId"));
      check(parent == null || parentDoc != null, artifact + ": parent pom is not staged");
      Map<String, String> props = properties(parentDoc);
      props.putAll(properties(d));
      List<String> missing = new ArrayList<>();
      for (String field : REQUIRED) {
        String v = resolve(value(project, field, parentDoc), props);
        if (v == null || v.isBlank() || v.contains("${")) {
          missing.add(field);
        } else if (field.equals("url") && v.matches("https?://[^/]*\\.(example|invalid)(/.*)?")) {
          String msg = artifact + ": url " + v + " is a placeholder; set ajar.repository.url before publishing";
          if (release) {
            missing.add("url (placeholder)");
          } else {
            System.out.println("WARN: " + msg);
          }
        }
      }
      check(missing.isEmpty(), artifact + ": pom lacks " + missing);
      String packaging = text(project, "packaging");
      List<Path> files = new ArrayList<>(List.of(pom));
      if (packaging == null || packaging.equals("jar")) {
        String base = pom.getFileName().toString().replaceAll("\\.pom$", "");
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
          Path f = pom.resolveSibling(base + suffix);
          check(Files.isRegularFile(f) && Files.size(f) > 0, artifact + ": no " + f.getFileName());
          files.add(f);
        }
      }
      if (signed) {
        for (Path f : files) {
          check(Files.isRegularFile(Path.of(f + ".asc")), artifact + ": no signature " + f.getFileName() + ".asc");
        }
      }
      System.out.println("checked " + artifact + " (" + (packaging == null ? "jar" : packaging) + ")");
    }
    failures.forEach(f -> System.out.println("FAIL: " + f));
    System.out.println(failures.isEmpty() ? "Maven Central requirements: met" : "Maven Central requirements: NOT met");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  static void check(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }

  static Document parse(Path p) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
  }

  /** A field's text in the pom, or in its parent's when the pom has none (Maven's inheritance). */
  static String value(Element project, String path, Document parent) {
    String v = text(project, path);
    return v != null || parent == null ? v : text(parent.getDocumentElement(), path);
  }

  static Map<String, String> properties(Document d) {
    Map<String, String> out = new HashMap<>();
    Element props = d == null ? null : child(d.getDocumentElement(), "properties");
    if (props != null) {
      for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          out.put(e.getTagName(), e.getTextContent().strip());
        }
      }
    }
    return out;
  }

  static String resolve(String v, Map<String, String> props) {
    if (v == null) {
      return null;
    }
    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(v);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
    }
    return m.appendTail(b).toString();
  }

  static String text(Element e, String path) {
    Element cur = e;
    for (String part : path.split("/")) {
      cur = child(cur, part);
      if (cur == null) {
        return null;
      }
    }
    return cur.getTextContent().strip();
  }

  static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
