package dev.ajar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the hand-written fixtures in src-test-data (see its README). */
final class Fixtures {

  /** A fixture text with its expected class, and the tier it names when it is RISK_TIERED. */
  record Labelled(String id, String text, LicenseClass gold, Optional<RiskTier> tier) {}

  private Fixtures() {}

  static Path root() {
    String prop = System.getProperty("ajar.testdata");
    Path p = prop != null ? Path.of(prop) : Path.of("..", "src-test-data");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("fixtures not found at " + p.toAbsolutePath());
    }
    return p;
  }

  /** Every folder of labelled texts: the fixtures, then the bad inputs. */
  static final List<String> FOLDERS =
      List.of(
          "fixtures/osd",
          "fixtures/restricted",
          "fixtures/proprietary",
          "fixtures/tiered",
          "fixtures/hard-negatives",
          "fixtures/not-license",
          "bad-input");

  /** The labelled texts of every folder in {@link #FOLDERS}, in that order. */
  static List<Labelled> all() {
    List<Labelled> out = new ArrayList<>();
    FOLDERS.forEach(folder -> out.addAll(folder(folder)));
    return out;
  }

  /** The labelled texts of one folder, in labels.tsv order. */
  static List<Labelled> folder(String relative) {
    Path dir = root().resolve(relative);
    List<Labelled> out = new ArrayList<>();
    for (String[] row : tsv(dir.resolve("labels.tsv"))) {
      String id = row[0];
      Path file = dir.resolve(id.contains(".") ? id : id + ".txt");
      Optional<RiskTier> tier = row[2].equals("-") ? Optional.empty() : Optional.of(RiskTier.valueOf(row[2]));
      out.add(new Labelled(id, read(file), LicenseClass.valueOf(row[1]), tier));
    }
    return out;
  }

  /** Rows of a tab-separated file after its header: column 0 is the key, column 1 the sentence. */
  static Map<String, List<String>> phrasings(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] row : tsv(root().resolve("phrasings").resolve(file))) {
      out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    return out;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> tsv(Path file) {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = List.of(read(file).split("\n"));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
