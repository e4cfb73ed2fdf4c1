package dev.ajar.declared;

import dev.ajar.DeclarationKind;
import dev.ajar.DeclaredLicense;
import dev.ajar.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One search of one text for declarations: runs every finder, drops overlaps, keeps the first
 * {@value #MAX_DECLARATIONS} by offset and cuts the excerpts. Per call, so not shared between
 * threads; the tables it reads are.
 *
 * <p>Every finder looks for a fixed anchor ({@code spdx-license-identifier}, {@code licen}, {@code
 * under}, {@code http}, ...; {@link Anchors}, all found in one pass) and then reads a bounded window
 * around each hit (at most {@value #MAX_VALUE} chars of value, a few dozen chars of prefix), so a
 * search is linear in the text's length whatever its shape.
 */
final class Scan {

  /** Declarations kept at most, the first by offset: no real file declares more. */
  static final int MAX_DECLARATIONS = 1_000;

  /** Longest declared value read, in chars; longer ones are not declarations. */
  static final int MAX_VALUE = 512;

  /**
   * Candidates one finder may produce; more than {@link #MAX_DECLARATIONS} so that overlaps
   * dropped later cannot leave the result short.
   */
  private static final int FINDER_CAP = 4 * MAX_DECLARATIONS;

  /** Which of two overlapping declarations stays: the more explicit one. */
  private static final List<DeclarationKind> PRIORITY = List.of(
      DeclarationKind.SPDX_LINE,
      DeclarationKind.HUB_ID,
      DeclarationKind.FIELD,
      DeclarationKind.NAME,
      DeclarationKind.URL);

  final String text;
  final Resolver resolver;
  private final Map<String, Optional<Resolution>> cache = new HashMap<>();
  private Anchors anchors;
  /** Where a model card's front matter ends (0 if there is none): the field finder skips it. */
  int frontMatterEnd;

  Scan(String text, Resolver resolver) {
    this.text = text;
    this.resolver = resolver;
  }

  /** A finder's output, capped at {@link #FINDER_CAP}. */
  static final class Sink {
    final List<Candidate> candidates = new ArrayList<>();

    boolean full() {
      return candidates.size() >= FINDER_CAP;
    }

    void add(DeclarationKind kind, int start, int end, Resolution resolution) {
      if (!full() && end > start) {
        candidates.add(new Candidate(kind, start, end, resolution));
      }
    }
  }

  List<DeclaredLicense> run() {
    List<Candidate> all = new ArrayList<>();
    for (Finder f : Finder.ALL) {
      Sink sink = new Sink();
      f.find(this, sink);
      all.addAll(sink.candidates);
    }
    all.sort(Comparator.comparingInt(Candidate::start)
        .thenComparingInt(c -> PRIORITY.indexOf(c.kind()))
        .thenComparingInt(c -> -c.end()));
    List<DeclaredLicense> out = new ArrayList<>();
    int lastEnd = 0;
    for (Candidate c : all) {
      if (out.size() >= MAX_DECLARATIONS) {
        break;
      }
      if (c.start() < lastEnd) {
        continue;
      }
      lastEnd = c.end();
      Resolution r = c.resolution();
      out.add(r.declared(c.kind(), new TextSpan(c.start(), c.end(), text.substring(c.start(), c.end()))));
    }
    return out;
  }

  /** {@code resolve.apply(value)}, computed once per scan for each tag and value. */
  Optional<Resolution> cached(String tag, String value, Function<String, Optional<Resolution>> resolve) {
    return cache.computeIfAbsent(tag + '\u0000' + value, k -> resolve.apply(value));
  }

  /**
   * The first index at or after {@code from} where {@code anchor}, one of {@link Anchors#ALL},
   * occurs ignoring ASCII case, or -1; every anchor is found in one pass on first use.
   */
  int find(String anchor, int from) {
    if (anchors == null) {
      anchors = new Anchors(text);
    }
    return anchors.indexOf(anchor, from);
  }

  // ----- bounded reading helpers shared by the finders -----

  /** The end of the line holding {@code from}, or -1 if it does not end within {@code limit} chars. */
  int lineEnd(int from, int limit) {
    int to = Math.min(text.length(), from + limit);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return to == text.length() ? to : -1;
  }

  /** The first index of {@code c} in {@code [from, to)}, or -1. */
  int indexOf(char c, int from, int to) {
    for (int i = from; i < Math.min(to, text.length()); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The first index after spaces and tabs from {@code i}. */
  int skipBlanks(int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Whether the line before {@code at} holds only blanks and comment or list markers ({@code //},
   * {@code #}, {@code /*}, {@code *}, {@code --}, {@code ;}, {@code <!--}, {@code %}, {@code '},
   * {@code ..}, {@code -}, {@code dnl}, {@code rem}): what may stand before a declaration that owns
   * its line. Reads at most 32 chars back.
   */
  boolean onlyCommentBefore(int at) {
    int k = at;
    while (k > 0 && at - k < 32 && text.charAt(k - 1) != '\n' && text.charAt(k - 1) != '\r') {
      k--;
    }
    if (k > 0 && text.charAt(k - 1) != '\n' && text.charAt(k - 1) != '\r') {
      return false;
    }
    String prefix = text.substring(k, at).strip().toLowerCase(java.util.Locale.ROOT);
    if (prefix.equals("dnl") || prefix.equals("rem") || prefix.equals("@rem")) {
      return true;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if ("/*#;!<%.'{(-".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code end} moved left over blanks and comment closers ({@code * /}, {@code -->}, ...). */
  int trimClosers(int start, int end) {
    boolean again = true;
    while (again && end > start) {
      again = false;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      for (String closer : CLOSERS) {
        if (end - start >= closer.length() && text.startsWith(closer, end - closer.length())) {
          end -= closer.length();
          again = true;
          break;
        }
      }
    }
    return end;
  }

  private static final String[] CLOSERS = {"*/", "-->", "-}", "*)", "#}", "%}", "\"\"\"", "'''", "]]"};
}
