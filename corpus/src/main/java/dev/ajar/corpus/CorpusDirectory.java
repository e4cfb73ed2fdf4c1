package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.ajar.RiskTier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a corpus directory: license texts as {@code <id>.txt} files, labelled by one {@code
 * labels.tsv}.
 *
 * <p>The label table's first line is the tab-separated header {@code id class tier contested
 * alternative source notes}; each further line labels one text. {@code class} and {@code
 * alternative} are {@link dev.ajar.LicenseClass} constants, {@code tier} a {@link RiskTier}
 * constant, {@code contested} is {@code yes} or {@code no}, and {@code -} means "none". Blank lines
 * are skipped. Every {@code .txt} file directly in the directory must have exactly one label and
 * every label a file; other files and subdirectories are ignored.
 *
 * <p>All files are decoded as strict UTF-8: malformed bytes fail the load rather than being
 * replaced, so a corpus never silently differs from what its author wrote. A leading byte-order
 * mark is dropped; nothing else is changed (line endings stay as they are in the file).
 *
 * @since 0.1
 */
public final class CorpusDirectory {
  /** The name of the label table inside a corpus directory. */
  public static final String LABELS = "labels.tsv";

  /** The extension that marks a file as a license text. */
  private static final String SUFFIX = ".txt";

  /** The required header of {@link #LABELS}. */
  private static final List<String> HEADER =
      List.of("id", "class", "tier", "contested", "alternative", "source", "notes");

  private CorpusDirectory() {}

  /**
   * Loads every labelled text in {@code dir}.
   *
   * @param dir the corpus directory
   * @return the texts sorted by id (natural {@code String} order), immutable
   * @throws NullPointerException if {@code dir} is null
   * @throws CorpusException if {@code dir} is not a directory, {@code labels.tsv} is missing or
   *     unreadable, a file is not valid UTF-8, the header differs, a row has the wrong number of
   *     columns, an unknown class or tier, a {@code contested} value other than yes/no, or a
   *     duplicate id, a label has no {@code .txt} file, or a {@code .txt} file has no label; the
   *     message names the file and, where one is to blame, the line
   */
  public static List<LabelledText> load(Path dir) {
    requireNonNull(dir, "dir is null");
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(dir + ": not a directory");
    }
    Path labels = dir.resolve(LABELS);
    if (!Files.isRegularFile(labels)) {
      throw new CorpusException(labels + ": missing label table");
    }
    LabelTable table = LabelTable.parse(labels.toString(), readUtf8(labels), HEADER);
    Map<String, Path> unlabelled = textFiles(dir);
    Map<String, Integer> firstLine = new HashMap<>();
    List<LabelledText> result = new ArrayList<>();
    for (LabelTable.Row row : table.rows()) {
      String id = row.get("id");
      Integer first = firstLine.putIfAbsent(id, row.line());
      if (first != null) {
        throw row.error("duplicate id '" + id + "', first labelled on line " + first);
      }
      Path file = unlabelled.remove(id);
      if (file == null) {
        throw row.error("no text file " + dir.resolve(id + SUFFIX) + " for id '" + id + "'");
      }
      Optional<RiskTier> tier = row.optionalEnum("tier", RiskTier.class);
      result.add(row.labelled(id, readUtf8(file), tier, row.get("source"), row.get("notes")));
    }
    if (!unlabelled.isEmpty()) {
      throw new CorpusException(
          unlabelled.values().iterator().next() + ": no label in " + labels);
    }
    result.sort(Comparator.comparing(LabelledText::id));
    return List.copyOf(result);
  }

  /** The {@code .txt} files directly in {@code dir}, by id, in id order. */
  private static Map<String, Path> textFiles(Path dir) {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries
          .filter(path -> path.getFileName().toString().endsWith(SUFFIX))
          .filter(Files::isRegularFile)
          .forEach(path -> {
            String name = path.getFileName().toString();
            files.put(name.substring(0, name.length() - SUFFIX.length()), path);
          });
    } catch (IOException e) {
      throw new CorpusException(dir + ": cannot list: " + e, e);
    }
    return files;
  }

  /**
   * Reads {@code file} as strict UTF-8, dropping a leading byte-order mark.
   *
   * @throws CorpusException naming the file, and the line of the first malformed byte if any
   */
  static String readUtf8(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read: " + e, e);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = UTF_8.newDecoder(); // reports malformed input, never replaces it
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new CorpusException(
          file + ":" + line + ": not valid UTF-8 at byte offset " + in.position());
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
