package dev.ajar.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.ajar.LicenseClass;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The format of the bundled reference texts: gzip of UTF-8 text, one record per distinct license
 * text, each a header line {@code @@ <chars> <class> <id> [<id>...]} followed by exactly {@code
 * <chars>} characters of text and a newline. Lines before the first record starting with {@code #}
 * are comments.
 *
 * <p>The file is generated from the SPDX License List data and our gold labels by the corpus
 * module (whose test fails when it is stale), and read at start-up by {@link ReferenceIndex}. A
 * length prefix rather than a separator keeps any license text representable as it is.
 */
public final class ReferenceFile {

  /** Where the bundled file lives on the classpath. */
  public static final String RESOURCE = "/dev/ajar/reference/spdx-reference.txt.gz";

  private static final String HEADER = "@@ ";

  /** Whitespace, which no id may contain; compiled once, not once per id. */
  private static final Pattern SPACE = Pattern.compile("\\s");

  private ReferenceFile() {}

  /**
   * One distinct reference text and every SPDX id that ships it.
   *
   * @param ids the SPDX ids sharing this exact text, sorted, never empty
   * @param knownClass the gold class of the text
   * @param text the license text as the list ships it
   */
  public record Entry(List<String> ids, LicenseClass knownClass, String text) {
    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if {@code ids} is empty, unsorted, or an id contains
     *     whitespace
     */
    public Entry {
      ids = ImmutableList.copyOf(ids);
      checkArgument(!ids.isEmpty(), "no ids");
      // Loops, not streams: every record passes here on a cold start.
      for (int i = 1; i < ids.size(); i++) {
        checkArgument(ids.get(i - 1).compareTo(ids.get(i)) <= 0, "ids not sorted: %s", ids);
      }
      for (String id : ids) {
        checkArgument(!id.isBlank() && !SPACE.matcher(id).find(), "bad id in %s", ids);
      }
      checkArgument(knownClass != null && text != null, "null class or text");
    }
  }

  /**
   * Writes {@code entries} with a comment line.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(String comment, List<Entry> entries, OutputStream out)
      throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    Writer w = new BufferedWriter(new OutputStreamWriter(gzip, UTF_8));
    w.write("# " + comment.replace('\n', ' ') + "\n");
    for (Entry e : entries) {
      w.write(HEADER + e.text().length() + " " + e.knownClass() + " " + String.join(" ", e.ids()));
      w.write("\n");
      w.write(e.text());
      w.write("\n");
    }
    w.flush();
    gzip.finish();
  }

  /**
   * Reads entries written by {@link #write}.
   *
   * @throws IOException if {@code in} fails or is not in this format (the message names the
   *     record)
   */
  public static List<Entry> read(InputStream in) throws IOException {
    // Inflated and decoded in one go, then cut with indexOf and substring: a cold start reads
    // about four million chars here, and a Reader's per-char path ran three times longer.
    String all = new String(new GZIPInputStream(in, 1 << 16).readAllBytes(), UTF_8);
    List<Entry> out = new ArrayList<>();
    int at = 0;
    while (at < all.length()) {
      int eol = all.indexOf('\n', at);
      String line = all.substring(at, eol < 0 ? all.length() : eol);
      at = eol < 0 ? all.length() : eol + 1;
      if (line.startsWith("#") && out.isEmpty()) {
        continue;
      }
      int record = out.size() + 1;
      if (!line.startsWith(HEADER)) {
        throw new IOException("record " + record + ": expected a header, got: " + line);
      }
      String[] f = line.substring(HEADER.length()).split(" ");
      if (f.length < 3) {
        throw new IOException("record " + record + ": short header: " + line);
      }
      int chars = parseLength(f[0], record);
      if (chars < 0 || chars > all.length() - at) {
        throw new IOException("record " + record + ": text cut short");
      }
      String text = all.substring(at, at + chars);
      at += chars;
      if (at >= all.length() || all.charAt(at) != '\n') {
        throw new IOException("record " + record + ": no newline after the text");
      }
      at++;
      try {
        LicenseClass c = LicenseClass.valueOf(f[1]);
        out.add(new Entry(Arrays.asList(f).subList(2, f.length), c, text));
      } catch (IllegalArgumentException e) {
        throw new IOException("record " + record + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static int parseLength(String s, int record) throws IOException {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IOException("record " + record + ": bad length " + s, e);
    }
  }
}
