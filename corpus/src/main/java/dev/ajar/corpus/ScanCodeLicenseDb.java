package dev.ajar.corpus;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a ScanCode LicenseDB directory: one {@code <key>.yml} record per license, with the license
 * text in its {@code text} field (the layout of LicenseDB's published {@code licenses} folder).
 *
 * <p>What a load guarantees:
 *
 * <ul>
 *   <li>Every {@code *.yml} file directly in the directory is read, in file-name order; other files
 *       and subdirectories are ignored. Files are decoded as strict UTF-8 (a leading byte-order mark
 *       is dropped).
 *   <li>A record is either returned in {@link #records()} or listed in {@link #skipped()} with the
 *       reason; none is dropped silently. Skipped are records ScanCode itself marks as not a plain
 *       license ({@code is_exception}, {@code is_deprecated}, {@code is_generic} or {@code
 *       is_unknown} true) and records of the categories {@link ScanCodeCategory} leaves out
 *       ({@value #OUT_OF_SCOPE_LIST}).
 *   <li>A malformed record fails the whole load with a {@link CorpusException} that lists every
 *       malformed file with its reason (and the line, where the YAML is to blame): YAML that does
 *       not parse or is not a mapping, a repeated field, a missing or blank {@code key}, {@code
 *       name}, {@code category} or {@code text}, a field that should be text but is a list or a
 *       mapping, a {@code key} other than the file name, or a category ScanCode does not have.
 *   <li>{@code spdx_license_key} values starting with {@value ScanCodeLicense#LICENSE_REF}, and a
 *       missing {@code spdx_license_key}, give an empty {@link ScanCodeLicense#spdxId()}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; lists are in key order.
 *
 * @since 0.1
 */
public final class ScanCodeLicenseDb {

  /** The file LicenseDB snapshots keep their source commit in, when present. */
  public static final String COMMIT_FILE = "COMMIT";

  /** ScanCode categories whose records are skipped, as ScanCode spells them, comma-separated. */
  static final String OUT_OF_SCOPE_LIST = "CLA, Patent License, Unstated License, Unknown";

  /** {@link #OUT_OF_SCOPE_LIST} as a set. */
  private static final Set<String> OUT_OF_SCOPE = Set.of(OUT_OF_SCOPE_LIST.split(", "));

  /** ScanCode's flags that mark a record as something other than a plain license. */
  private static final List<String> NOT_A_PLAIN_LICENSE =
      List.of("is_exception", "is_deprecated", "is_generic", "is_unknown");

  private static final String SUFFIX = ".yml";

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** A record that was read but left out, and why. */
  public record Skipped(String key, String reason) {
    /** @throws NullPointerException if a component is null */
    public Skipped {
      requireNonNull(key, "key is null");
      requireNonNull(reason, "reason is null");
    }
  }

  private final Path dir;
  private final Optional<String> commit;
  private final List<ScanCodeLicense> records;
  private final List<Skipped> skipped;

  private ScanCodeLicenseDb(
      Path dir, Optional<String> commit, List<ScanCodeLicense> records, List<Skipped> skipped) {
    this.dir = dir;
    this.commit = commit;
    this.records = List.copyOf(records);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * Loads every record in {@code dir}.
   *
   * @throws NullPointerException if {@code dir} is null
   * @throws CorpusException if {@code dir} is not a directory, holds no {@code .yml} file, a file
   *     cannot be read or is not UTF-8, or any record is malformed (the message lists each)
   */
  public static ScanCodeLicenseDb load(Path dir) {
    requireNonNull(dir, "dir is null");
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(dir + ": not a directory (expected a ScanCode LicenseDB folder of <key>.yml records)");
    }
    List<Path> files = ymlFiles(dir);
    if (files.isEmpty()) {
      throw new CorpusException(dir + ": no <key>.yml records (is this a ScanCode LicenseDB folder?)");
    }
    List<ScanCodeLicense> records = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    for (Path file : files) {
      try {
        records.add(read(file));
      } catch (SkipException e) {
        skipped.add(new Skipped(keyOf(file), e.getMessage()));
      } catch (MalformedException e) {
        malformed.add(file + e.getMessage());
      }
    }
    if (!malformed.isEmpty()) {
      throw new CorpusException(malformed.get(0) + (malformed.size() == 1 ? ""
          : "\n" + (malformed.size() - 1) + " more malformed records:\n"
              + String.join("\n", malformed.subList(1, malformed.size()))));
    }
    Path commitFile = dir.resolve(COMMIT_FILE);
    Optional<String> commit = Files.isRegularFile(commitFile)
        ? Optional.of(CorpusDirectory.readUtf8(commitFile).strip()).filter(s -> !s.isEmpty())
        : Optional.empty();
    return new ScanCodeLicenseDb(dir, commit, records, skipped);
  }

  /** The directory the records were read from, as given. */
  public Path dir() {
    return dir;
  }

  /** The LicenseDB commit the directory says it holds (its {@value #COMMIT_FILE} file), if any. */
  public Optional<String> commit() {
    return commit;
  }

  /** The records read, in key order. */
  public List<ScanCodeLicense> records() {
    return records;
  }

  /** The records left out, in key order, each with its reason. */
  public List<Skipped> skipped() {
    return skipped;
  }

  /** The record's key from its file name. */
  private static String keyOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  private static List<Path> ymlFiles(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new CorpusException(dir + ": cannot list: " + e, e);
    }
  }

  /**
   * One record.
   *
   * @throws SkipException if the record is out of scope
   * @throws MalformedException with a message that follows the file name ({@code ":3: ..."} or
   *     {@code ": ..."})
   */
  static ScanCodeLicense read(Path file) throws SkipException, MalformedException {
    String content = CorpusDirectory.readUtf8(file);
    JsonNode root;
    try {
      root = YAML.readTree(content);
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new MalformedException(line + ": not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new MalformedException(": not a YAML mapping of fields");
    }
    for (String flag : NOT_A_PLAIN_LICENSE) {
      if (root.path(flag).asBoolean(false)) {
        throw new SkipException("ScanCode marks it " + flag);
      }
    }
    String key = required(root, "key");
    if (!key.equals(keyOf(file))) {
      throw new MalformedException(": key '" + key + "' is not the file name");
    }
    String label = required(root, "category");
    if (OUT_OF_SCOPE.contains(label)) {
      throw new SkipException("category " + label + " is out of scope");
    }
    ScanCodeCategory category = ScanCodeCategory.ofLabel(label).orElseThrow(() -> new MalformedException(
        ": unknown category '" + label + "'"));
    Optional<String> spdx = optional(root, "spdx_license_key")
        .filter(s -> !s.isBlank() && !s.startsWith(ScanCodeLicense.LICENSE_REF));
    return new ScanCodeLicense(key, required(root, "name"), category, spdx,
        optional(root, "language").filter(s -> !s.isBlank()).orElse("en"),
        required(root, "text"), optional(root, "notes").orElse(""));
  }

  private static String required(JsonNode root, String field) throws MalformedException {
    return optional(root, field).filter(s -> !s.isBlank()).orElseThrow(
        () -> new MalformedException(": field '" + field + "' is missing or blank"));
  }

  private static Optional<String> optional(JsonNode root, String field) throws MalformedException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      throw new MalformedException(": field '" + field + "' is a " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", not text");
    }
    return Optional.of(node.asText());
  }

  /** A record ScanCodeLicenseDb leaves out on purpose; the message is the reason. */
  static final class SkipException extends Exception {
    private static final long serialVersionUID = 1L;

    SkipException(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A malformed record; the message follows the file name. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message, null, false, false);
    }
  }
}
