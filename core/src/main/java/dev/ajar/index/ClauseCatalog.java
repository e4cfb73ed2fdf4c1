package dev.ajar.index;

import dev.ajar.Category;
import dev.ajar.FindingKind;
import dev.ajar.RiskTier;
import dev.ajar.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clause catalog: a readable resource file of patterns, reviewed like code.
 *
 * <p>Format, one pattern per block; {@code #} starts a comment line:
 *
 * <pre>
 * pattern use.military
 *   kind      USE_RESTRICTION        # a FindingKind, or LEAD for a list lead-in
 *   category  MILITARY               # a Category
 *   weight    0.9
 *   item                             # optional: counts only inside a prohibition list
 *   colon                            # LEAD only: its sentence must end with ':'
 *   inline                           # LEAD only: frames list items in its own sentence only
 *   tier      HIGH                   # optional: the risk tier the clause names
 *   cancels   NON_COMMERCIAL MILITARY # NOT_A_RESTRICTION only: categories it cancels in its
 *                                    # sentence; ALL for every restrictive and proprietary one
 *   signal    Forbids military use.
 *   match     not use ... military   # one or more phrasings
 *   example   Do not use it for military drones.      # one or more: a sentence it must match
 *   counter   The military time format is supported.  # one or more: a near miss it must not match
 * </pre>
 *
 * <p>An {@code example} is a sentence, in our own words, that the pattern's phrasings must match;
 * a {@code counter} is a near miss on the same topic that they must not match (a negated grant, a
 * disclaimer, the same word in a harmless sense). A value runs to the end of its line, so it
 * cannot hold {@code #}. Both are kept on the pattern ({@link ClausePattern#examples()}, {@link
 * ClausePattern#counterExamples()}) for {@code CatalogExamplesTest}, which runs them through the
 * matcher as the engine runs a text and requires at least one of each on every pattern; the
 * matcher never sees them, so they cost nothing at classification time beyond reading the lines.
 */
public final class ClauseCatalog {

  /** The bundled catalog. */
  public static final String RESOURCE = "/dev/ajar/clauses.catalog";

  private final List<ClausePattern> patterns;

  /**
   * Each phrasing compiled once, by the syntax check that reading it needs anyway: {@link
   * ClauseMatcher#compile} takes them from here rather than compiling the catalog a second time
   * (start-up is most of a one-file command-line run). Compiled forms are immutable.
   */
  private final Map<String, PatternCompiler.Compiled> compiled;

  private ClauseCatalog(List<ClausePattern> patterns, Map<String, PatternCompiler.Compiled> compiled) {
    this.patterns = List.copyOf(patterns);
    this.compiled = Map.copyOf(compiled);
  }

  /** The patterns in file order. */
  public List<ClausePattern> patterns() {
    return patterns;
  }

  /** The compiled form of {@code phrasing}, one of this catalog's. */
  PatternCompiler.Compiled compiled(String phrasing) {
    PatternCompiler.Compiled c = compiled.get(phrasing);
    if (c == null) {
      throw new IllegalArgumentException("not a phrasing of this catalog: " + phrasing);
    }
    return c;
  }

  /**
   * Loads the bundled catalog.
   *
   * @throws IllegalStateException if the resource is missing or malformed (naming the line)
   */
  public static ClauseCatalog load() {
    try (InputStream in = ClauseCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("clause catalog not on the classpath: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read clause catalog " + RESOURCE, e);
    }
  }

  /**
   * Parses a catalog.
   *
   * @throws IllegalStateException naming {@code source} and the line of the first error
   */
  static ClauseCatalog parse(BufferedReader reader, String source) throws IOException {
    List<ClausePattern> out = new ArrayList<>();
    Map<String, PatternCompiler.Compiled> compiled = new HashMap<>();
    Tokenizer tokenizer = new Tokenizer();
    Set<String> ids = new HashSet<>();
    Draft draft = null;
    int lineNo = 0;
    for (String raw; (raw = reader.readLine()) != null; ) {
      lineNo++;
      String line = stripComment(raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      int sp = line.indexOf(' ');
      String key = sp < 0 ? line : line.substring(0, sp);
      String value = sp < 0 ? "" : line.substring(sp + 1).strip();
      try {
        if (key.equals("pattern")) {
          if (draft != null) {
            out.add(draft.build());
          }
          if (!ids.add(value)) {
            throw new IllegalArgumentException("duplicate pattern id " + value);
          }
          draft = new Draft(value, compiled, tokenizer);
        } else if (draft == null) {
          throw new IllegalArgumentException("'" + key + "' before any 'pattern'");
        } else {
          draft.set(key, value);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (draft != null) {
      try {
        out.add(draft.build());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new ClauseCatalog(out, compiled);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** A pattern being read. */
  private static final class Draft {
    private final String id;
    private PatternRole role = PatternRole.FINDING;
    private FindingKind kind;
    private Category category;
    private double weight = Double.NaN;
    private boolean item;
    private boolean colon;
    private boolean inline;
    private RiskTier tier;
    private final Set<Category> cancels = EnumSet.noneOf(Category.class);
    private String signal = "";
    private final List<String> phrasings = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private final List<String> counters = new ArrayList<>();
    private final Map<String, PatternCompiler.Compiled> compiled;
    private final Tokenizer tokenizer;

    /** A pattern {@code id} whose phrasings, once checked, go into {@code compiled}. */
    Draft(String id, Map<String, PatternCompiler.Compiled> compiled, Tokenizer tokenizer) {
      this.id = id;
      this.compiled = compiled;
      this.tokenizer = tokenizer;
    }

    void set(String key, String value) {
      switch (key) {
        case "kind":
          if (value.equals("LEAD")) {
            role = PatternRole.LEAD;
            kind = FindingKind.USE_RESTRICTION;
          } else {
            kind = FindingKind.valueOf(value);
          }
          break;
        case "category":
          category = Category.valueOf(value);
          break;
        case "weight":
          weight = Double.parseDouble(value);
          break;
        case "item":
          item = true;
          break;
        case "colon":
          colon = true;
          break;
        case "inline":
          inline = true;
          break;
        case "tier":
          tier = RiskTier.valueOf(value.toUpperCase(Locale.ROOT));
          break;
        case "cancels":
          for (String c : value.split("[\\s,]+")) {
            if (c.equals("ALL")) {
              for (Category each : Category.values()) {
                if (each.isRestriction() || each.group() == Category.Group.PROPRIETARY) {
                  cancels.add(each);
                }
              }
            } else {
              cancels.add(Category.valueOf(c));
            }
          }
          break;
        case "signal":
          signal = value;
          break;
        case "match":
          if (!compiled.containsKey(value)) {
            compiled.put(value, PatternCompiler.compile(value, tokenizer)); // checks the syntax
          }
          phrasings.add(value);
          break;
        case "example":
          examples.add(sentence(key, value));
          break;
        case "counter":
          counters.add(sentence(key, value));
          break;
        default:
          throw new IllegalArgumentException("unknown key '" + key + "'");
      }
    }

    private String sentence(String key, String value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException(id + ": '" + key + "' needs a sentence");
      }
      return value;
    }

    ClausePattern build() {
      if (kind == null || category == null || Double.isNaN(weight)) {
        throw new IllegalArgumentException(id + ": kind, category and weight are required");
      }
      if (cancels.isEmpty() != (kind != FindingKind.NOT_A_RESTRICTION)) {
        throw new IllegalArgumentException(id + ": 'cancels' is required for, and only for, NOT_A_RESTRICTION");
      }
      return new ClausePattern(
          id, role, kind, category, weight, item, colon, inline, Optional.ofNullable(tier), cancels, signal,
          phrasings, examples, counters);
    }
  }
}
