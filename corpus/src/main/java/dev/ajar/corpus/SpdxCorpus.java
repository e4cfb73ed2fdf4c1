package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SPDX License List texts shipped in {@code org.spdx:java-spdx-library}, joined with our gold
 * labels.
 *
 * <p>Only non-deprecated licenses are included (695 in list 3.28.0); license exceptions are not.
 * Texts are the list's {@code licenseText} exactly as shipped. Labels come from the bundled
 * resource {@code dev/ajar/corpus/spdx-labels.tsv} (columns {@code spdx_id class contested
 * alternative evidence restrictions}); the {@code evidence} column becomes {@link
 * LabelledText#notes()}, and the source of every text is {@code "SPDX License List <version>"}.
 * Nothing is ever downloaded.
 *
 * <p>Instances are immutable and thread-safe. {@link #load()} reads the classpath once and
 * returns the same instance afterwards; a failed load is retried on the next call.
 *
 * @since 0.1
 */
public final class SpdxCorpus {
  /** Where the SPDX jar keeps the list: {@code licenses.json} plus one {@code <id>.json} each. */
  private static final String LIST_DIR = "resources/stdlicenses/";

  /** Our gold labels, a classpath resource next to this class. */
  static final String LABELS = "dev/ajar/corpus/spdx-labels.tsv";

  /** The required header of {@link #LABELS}. */
  private static final List<String> HEADER =
      List.of("spdx_id", "class", "contested", "alternative", "evidence", "restrictions");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Supplier<SpdxCorpus> CACHE = Suppliers.memoize(SpdxCorpus::read);

  private final String listVersion;
  private final List<SpdxLicense> licenses;

  private SpdxCorpus(String listVersion, List<SpdxLicense> licenses) {
    this.listVersion = listVersion;
    this.licenses = List.copyOf(licenses);
  }

  /**
   * Returns the corpus, reading it from the classpath on first use.
   *
   * @throws IllegalStateException if the SPDX list or the label table is missing or malformed, a
   *     license has no label, or a label has no license text; the message names the resource
   * @throws UncheckedIOException if a resource cannot be read
   */
  public static SpdxCorpus load() {
    return CACHE.get();
  }

  /** The SPDX License List version the texts come from, e.g. {@code 3.28.0}. */
  public String listVersion() {
    return listVersion;
  }

  /** The non-deprecated licenses, sorted by id (natural {@code String} order), immutable. */
  public List<SpdxLicense> licenses() {
    return licenses;
  }

  /** The labelled texts of {@link #licenses()}, in the same order, immutable. */
  public List<LabelledText> texts() {
    return licenses.stream().map(SpdxLicense::labelled).toList();
  }

  private static SpdxCorpus read() {
    JsonNode index = readJson(LIST_DIR + "licenses.json");
    String version = index.path("licenseListVersion").asText("");
    if (version.isEmpty() || !index.path("licenses").isArray()) {
      throw new IllegalStateException(LIST_DIR + "licenses.json: not an SPDX license list index");
    }
    List<ListEntry> entries = new ArrayList<>();
    for (JsonNode entry : index.path("licenses")) {
      if (!entry.path("isDeprecatedLicenseId").asBoolean(false)) {
        entries.add(readEntry(entry.path("licenseId").asText("")));
      }
    }
    return join(version, entries, new String(readResource(LABELS), UTF_8));
  }

  /**
   * What the list's indexes ({@code licenses.json}, {@code exceptions.json}) say about one id,
   * deprecated or not: enough to resolve declared ids, names and URLs.
   *
   * @param id the id as the list spells it
   * @param name the list's full name
   * @param exception whether the id is a license exception rather than a license
   * @param deprecated whether the list deprecates the id
   * @param seeAlso the list's URLs for it, in list order
   */
  record Listed(String id, String name, boolean exception, boolean deprecated, List<String> seeAlso) {}

  /**
   * Every license and exception of the list's indexes, licenses first, each group sorted by id.
   *
   * @throws IllegalStateException if an index is missing or malformed
   * @throws UncheckedIOException if an index cannot be read
   */
  static List<Listed> listed() {
    List<Listed> out = new ArrayList<>();
    out.addAll(listed("licenses.json", "licenses", "licenseId", false));
    out.addAll(listed("exceptions.json", "exceptions", "licenseExceptionId", true));
    return out;
  }

  private static List<Listed> listed(String file, String array, String idField, boolean exception) {
    JsonNode index = readJson(LIST_DIR + file);
    if (!index.path(array).isArray()) {
      throw new IllegalStateException(LIST_DIR + file + ": no " + array + " array");
    }
    List<Listed> out = new ArrayList<>();
    for (JsonNode entry : index.path(array)) {
      String id = entry.path(idField).asText("");
      List<String> seeAlso = new ArrayList<>();
      entry.path("seeAlso").forEach(u -> seeAlso.add(u.asText().strip()));
      out.add(new Listed(id, entry.path("name").asText(id).strip(), exception,
          entry.path("isDeprecatedLicenseId").asBoolean(false), List.copyOf(seeAlso)));
    }
    out.sort(Comparator.comparing(Listed::id));
    return out;
  }

  /** What the SPDX list says about one license. */
  record ListEntry(String id, String name, String text, boolean osiApproved, boolean fsfLibre) {}

  private static ListEntry readEntry(String id) {
    String resource = LIST_DIR + id + ".json";
    JsonNode json = readJson(resource);
    JsonNode text = json.path("licenseText");
    if (!json.path("licenseId").asText("").equals(id) || !text.isTextual()) {
      throw new IllegalStateException(resource + ": no licenseText for license id " + id);
    }
    return new ListEntry(
        id,
        json.path("name").asText(id),
        text.textValue(),
        json.path("isOsiApproved").asBoolean(false),
        json.path("isFsfLibre").asBoolean(false));
  }

  /**
   * Joins list entries with the label table {@code labels} one to one.
   *
   * @throws IllegalStateException naming {@link #LABELS} and a line, or the license's resource, if
   *     the table is malformed, an entry has no label, or a label has no entry
   */
  static SpdxCorpus join(String version, List<ListEntry> entries, String labels) {
    try {
      Map<String, LabelTable.Row> rows = new HashMap<>();
      for (LabelTable.Row row : LabelTable.parse(LABELS, labels, HEADER).rows()) {
        LabelTable.Row first = rows.putIfAbsent(row.get("spdx_id"), row);
        if (first != null) {
          throw row.error("duplicate id, first labelled on line " + first.line());
        }
      }
      String source = "SPDX License List " + version;
      List<SpdxLicense> licenses = new ArrayList<>();
      for (ListEntry entry : entries) {
        LabelTable.Row row = rows.remove(entry.id());
        if (row == null) {
          throw new IllegalStateException(LIST_DIR + entry.id() + ".json: license " + entry.id()
              + " has no label in " + LABELS);
        }
        LabelledText labelled =
            row.labelled(entry.id(), entry.text(), Optional.empty(), source, row.get("evidence"));
        Set<String> restrictions = row.optional("restrictions").stream()
            .flatMap(cell -> Arrays.stream(cell.split(",")))
            .map(String::strip)
            .collect(toSet());
        licenses.add(new SpdxLicense(
            labelled, entry.name(), entry.osiApproved(), entry.fsfLibre(), restrictions));
      }
      Optional<LabelTable.Row> orphan =
          rows.values().stream().min(Comparator.comparingInt(LabelTable.Row::line));
      if (orphan.isPresent()) {
        throw orphan.get().error("label for " + orphan.get().get("spdx_id")
            + " has no text among the non-deprecated licenses of " + source);
      }
      licenses.sort(Comparator.comparing(SpdxLicense::id));
      return new SpdxCorpus(version, licenses);
    } catch (CorpusException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static JsonNode readJson(String resource) {
    try {
      return JSON.readTree(readResource(resource));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(resource + ": malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read", e);
    }
  }

  private static byte[] readResource(String resource) {
    try (InputStream in = SpdxCorpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + ": no such classpath resource (is org.spdx:java-spdx-library present?)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read", e);
    }
  }
}
