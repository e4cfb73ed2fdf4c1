package dev.ajar.reference;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.ajar.LicenseClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The format of the bundled SPDX License List names: every id of the list (licenses, deprecated
 * licenses, exceptions) with its full name, the URLs the list gives for it, and for licenses our
 * gold class. Declarations ({@code dev.ajar.declared}) read it to resolve ids, names and URLs.
 *
 * <p>UTF-8 text, one row a line, five tab-separated columns {@code kind id class name urls}:
 * {@code kind} is {@code license}, {@code deprecated} or {@code exception}; {@code class} is a
 * {@link LicenseClass} name for licenses and {@code -} otherwise; {@code urls} is a
 * space-separated list, {@code -} when empty. Lines starting with {@code #} are comments.
 *
 * <p>Like {@link ReferenceFile}, the file is generated from the SPDX data and our gold labels by
 * the corpus module, whose test fails when it is stale.
 */
public final class SpdxListFile {

  /** Where the bundled file lives on the classpath. */
  public static final String RESOURCE = "/dev/ajar/reference/spdx-list.tsv";

  private static final String NONE = "-";

  private SpdxListFile() {}

  /** What an id of the list names. */
  public enum Kind {
    /** A license of the list, not deprecated; has a gold class. */
    LICENSE,
    /** A deprecated license id, still seen in older declarations ({@code GPL-2.0+}). */
    DEPRECATED,
    /** A license exception, the right-hand side of {@code WITH}. */
    EXCEPTION
  }

  /**
   * One id of the SPDX License List.
   *
   * @param kind what the id names
   * @param id the id as the list spells it
   * @param knownClass the gold class; present exactly for {@link Kind#LICENSE}
   * @param name the list's full name
   * @param urls the list's {@code seeAlso} URLs, in list order
   */
  public record Row(
      Kind kind, String id, Optional<LicenseClass> knownClass, String name, List<String> urls) {
    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if any component or URL is null
     * @throws IllegalArgumentException if the class is missing for a license or present for
     *     another kind, or a field holds what the format cannot carry (blank id or name,
     *     whitespace in an id or URL, a tab or line break in a name)
     */
    public Row {
      requireNonNull(kind, "kind is null");
      requireNonNull(knownClass, "knownClass is null");
      checkArgument(
          knownClass.isPresent() == (kind == Kind.LICENSE), "%s %s: class %s", kind, id, knownClass);
      checkArgument(isToken(id), "bad id '%s'", id);
      checkArgument(
          !name.isBlank() && name.indexOf('\t') < 0 && name.indexOf('\n') < 0
              && name.indexOf('\r') < 0,
          "bad name for %s",
          id);
      urls = ImmutableList.copyOf(urls);
      for (String u : urls) {
        checkArgument(isToken(u), "bad URL for %s: %s", id, urls);
      }
    }
  }

  private static boolean isToken(String s) {
    if (s.isEmpty() || s.equals(NONE)) {
      return false;
    }
    // A loop, not a stream: every id and URL of the list passes here on a cold start.
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes {@code rows} after one comment line.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(String comment, List<Row> rows, Writer out) throws IOException {
    out.write("# " + comment.replace('\n', ' ') + "\n");
    for (Row r : rows) {
      out.write(String.join("\t",
          r.kind().name().toLowerCase(Locale.ROOT),
          r.id(),
          r.knownClass().map(LicenseClass::name).orElse(NONE),
          r.name(),
          r.urls().isEmpty() ? NONE : String.join(" ", r.urls())));
      out.write("\n");
    }
    out.flush();
  }

  /**
   * Reads rows written by {@link #write}.
   *
   * @throws IOException if {@code in} fails or a line is not in this format (the message names
   *     the line)
   */
  public static List<Row> read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length != 5) {
          throw new IllegalArgumentException("expected 5 columns, got " + f.length);
        }
        rows.add(new Row(
            Kind.valueOf(f[0].toUpperCase(Locale.ROOT)),
            f[1],
            f[2].equals(NONE) ? Optional.empty() : Optional.of(LicenseClass.valueOf(f[2])),
            f[3],
            f[4].equals(NONE) ? List.of() : Arrays.asList(f[4].split(" "))));
      } catch (IllegalArgumentException e) {
        throw new IOException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  /**
   * Reads the bundled file.
   *
   * @throws IllegalStateException if it is missing or malformed (a broken build, never the
   *     caller's input)
   */
  public static List<Row> readBundled() {
    try (InputStream in = SpdxListFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("not on the classpath");
      }
      return read(new InputStreamReader(in, UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
