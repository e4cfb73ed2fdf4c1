package dev.ajar.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.ajar.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One held-out sentence that a variant inserts into a license: a restriction of one category, or a
 * harmless sentence that only mentions a restricted topic.
 *
 * @param group the restriction category slug ({@code military}) or mention topic ({@code nuclear})
 * @param rank the sentence's 1-based rank within its group, in file order
 * @param sentence the sentence, one line, ending in a full stop
 */
record Phrasing(String group, int rank, String sentence) {

  /** The restriction sentences: categories are {@link dev.ajar.Category#slug()}s. */
  static final String RESTRICTIONS = "/dev/ajar/benchmarks/variants/restriction-sentences.tsv";

  /** The harmless topic-mention sentences. */
  static final String MENTIONS = "/dev/ajar/benchmarks/variants/mention-sentences.tsv";

  /**
   * The held-out v2 restriction sentences, written apart from the tuning phrasings: the report shows
   * their figures per category, never the sentences.
   */
  static final String HELDOUT_RESTRICTIONS = "/dev/ajar/benchmarks/variants/heldout-restrictions.tsv";

  /** The held-out v2 harmless sentences (groups are kinds: disclaimer, request, patent, ...). */
  static final String HELDOUT_HARMLESS = "/dev/ajar/benchmarks/variants/heldout-harmless.tsv";

  Phrasing {
    requireNonNull(group, "group");
    requireNonNull(sentence, "sentence");
    checkArgument(rank > 0, "rank %s", rank);
    checkArgument(!sentence.isBlank() && sentence.indexOf('\n') < 0, "bad sentence for %s-%s", group, rank);
  }

  /**
   * The group and rank, e.g. {@code military-3}: stable as long as the file only grows at the end
   * of each group.
   */
  String id() {
    return group + "-" + rank;
  }

  /**
   * Loads {@link #RESTRICTIONS} and checks that every group is a restriction category's slug.
   *
   * @throws IllegalStateException if the resource is malformed or names another category
   */
  static List<Phrasing> restrictions() {
    return restrictions(RESTRICTIONS);
  }

  /**
   * Loads a restriction resource ({@link #RESTRICTIONS}, {@link #HELDOUT_RESTRICTIONS}) and checks
   * that every group is a restriction category's slug.
   *
   * @throws IllegalStateException if the resource is malformed or names another category
   */
  static List<Phrasing> restrictions(String resource) {
    Set<String> slugs = Arrays.stream(Category.values())
        .filter(Category::isRestriction).map(Category::slug).collect(Collectors.toSet());
    List<Phrasing> all = load(resource);
    for (Phrasing p : all) {
      if (!slugs.contains(p.group())) {
        throw new IllegalStateException(resource + ": " + p.group() + " is not a restriction category");
      }
    }
    return all;
  }

  /**
   * Loads a two-column TSV resource ({@code group TAB sentence}); {@code #} lines are comments and
   * the first other line is the header.
   *
   * @throws IllegalStateException if the resource is missing or a row does not have two cells
   */
  static List<Phrasing> load(String resource) {
    return parse(resource(resource), resource);
  }

  /**
   * The UTF-8 text of a class-path resource of this module.
   *
   * @throws IllegalStateException if the resource is missing
   */
  static String resource(String resource) {
    try (InputStream in = Phrasing.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Loads a two-column TSV file in the same format as {@link #load(String)}, e.g. {@code
   * src-test-data/phrasings/restriction-sentences.tsv}.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalStateException if a row does not have two cells
   */
  static List<Phrasing> load(Path file) {
    try {
      return parse(Files.readString(file, UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<Phrasing> parse(String content, String resource) {
    List<Phrasing> out = new ArrayList<>();
    Map<String, Integer> rank = new HashMap<>();
    boolean header = true;
    int lineNo = 0;
    for (String line : content.split("\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalStateException(resource + ":" + lineNo + ": expected 2 tab-separated cells");
      }
      String group = cells[0].strip();
      int n = rank.merge(group, 1, Integer::sum);
      out.add(new Phrasing(group, n, cells[1].strip()));
    }
    return List.copyOf(out);
  }
}
