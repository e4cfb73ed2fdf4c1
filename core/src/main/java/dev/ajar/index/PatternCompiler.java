package dev.ajar.index;

import dev.ajar.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * Compiles a catalog phrasing into a Lucene {@link IntervalsSource} and the terms it needs.
 *
 * <p>Syntax: words in order, separated by spaces. Neighbouring words form a tight group in which
 * one extra word may stand between each pair ({@code not use} matches "not to use"). {@code ...}
 * separates groups by up to {@value #DEFAULT_WIDE_GAP} words; {@code ...N} by up to N. {@code a|b}
 * gives alternatives for one slot; {@code law_enforcement} is a multi-word alternative matched as a
 * phrase; {@code discriminat*} matches any term with that prefix (as the single term {@link
 * #prefixTerm(String) discriminat*}, which the matcher stacks on every such word: a Lucene prefix
 * query gives up on a text with over 128 words that share the prefix). Words go through the same
 * {@link Tokenizer} as the text (lower-case, stemmed), so {@code restrictions} matches
 * "restriction". A final token {@code !a|b} rejects any match whose words include {@code a} or
 * {@code b} (so {@code may ... modify !not} skips "may not modify"). A match never crosses sentences: the matcher separates sentences by a position
 * gap larger than any gap a phrasing allows.
 */
public final class PatternCompiler {

  /** Largest gap {@code ...} allows between groups, in words. */
  static final int DEFAULT_WIDE_GAP = 12;

  /** Largest gap any phrasing may ask for; the matcher's sentence gap must exceed it. */
  static final int MAX_GAP = 60;

  private PatternCompiler() {}

  /**
   * A compiled phrasing: the interval source, per slot the term alternatives it needs, every prefix
   * it uses (slots and exclusions), and every whole word its source looks up (slots and
   * exclusions, prefixes not included): a word of a text outside every phrasing's {@code words}
   * and {@code prefixes} can never take part in a match.
   */
  record Compiled(
      IntervalsSource source, List<List<Alternative>> slots, Set<String> prefixes, Set<String> words) {}

  /** One alternative for a slot: a phrase of stemmed terms, or a prefix. */
  record Alternative(List<String> terms, boolean prefix) {}

  /**
   * Compiles {@code phrasing}, its words through {@code tokenizer}.
   *
   * @throws IllegalArgumentException describing the first syntax error
   */
  static Compiled compile(String phrasing, Tokenizer tokenizer) {
    List<IntervalsSource> groups = new ArrayList<>();
    List<IntervalsSource> group = new ArrayList<>();
    List<List<Alternative>> slots = new ArrayList<>();
    int wide = 0;
    IntervalsSource excluded = null;
    Set<String> prefixes = new TreeSet<>();
    Set<String> words = new TreeSet<>();
    for (String token : phrasing.trim().split("\\s+")) {
      if (token.startsWith("!")) {
        List<IntervalsSource> not = new ArrayList<>();
        for (String alt : token.substring(1).split("\\|")) {
          Alternative a = alternative(alt, tokenizer, phrasing);
          not.add(source(a));
          addTerms(a, prefixes, words);
        }
        excluded = not.size() == 1 ? not.get(0) : Intervals.or(not.toArray(IntervalsSource[]::new));
        continue;
      }
      if (excluded != null) {
        throw new IllegalArgumentException("'!' must come last: " + phrasing);
      }
      if (token.startsWith("...")) {
        if (group.isEmpty()) {
          throw new IllegalArgumentException("'...' must stand between words: " + phrasing);
        }
        groups.add(tight(group));
        group = new ArrayList<>();
        String n = token.substring(3);
        int gap = n.isEmpty() ? DEFAULT_WIDE_GAP : Integer.parseInt(n);
        if (gap < 1 || gap > MAX_GAP) {
          throw new IllegalArgumentException("gap " + gap + " outside 1.." + MAX_GAP);
        }
        wide += gap;
        continue;
      }
      List<Alternative> alternatives = new ArrayList<>();
      List<IntervalsSource> sources = new ArrayList<>();
      for (String alt : token.split("\\|")) {
        Alternative a = alternative(alt, tokenizer, phrasing);
        alternatives.add(a);
        sources.add(source(a));
        addTerms(a, prefixes, words);
      }
      slots.add(List.copyOf(alternatives));
      group.add(sources.size() == 1 ? sources.get(0) : Intervals.or(sources.toArray(IntervalsSource[]::new)));
    }
    if (group.isEmpty()) {
      throw new IllegalArgumentException("phrasing ends with '...' or is empty: " + phrasing);
    }
    groups.add(tight(group));
    if (wide > MAX_GAP) {
      throw new IllegalArgumentException("total gap " + wide + " over " + MAX_GAP + ": " + phrasing);
    }
    IntervalsSource source =
        groups.size() == 1
            ? groups.get(0)
            : Intervals.maxgaps(wide, Intervals.ordered(groups.toArray(IntervalsSource[]::new)));
    if (excluded != null) {
      source = Intervals.notContaining(source, excluded);
    }
    return new Compiled(source, List.copyOf(slots), Set.copyOf(prefixes), Set.copyOf(words));
  }

  /**
   * The index term that stands for "any word starting with {@code prefix}". No word of a text can
   * be this term: the tokenizer never puts {@code *} inside a word.
   */
  static String prefixTerm(String prefix) {
    return prefix + '*';
  }

  private static void addTerms(Alternative a, Set<String> prefixes, Set<String> words) {
    if (a.prefix()) {
      prefixes.add(a.terms().get(0));
    } else {
      words.addAll(a.terms());
    }
  }

  private static IntervalsSource tight(List<IntervalsSource> slots) {
    if (slots.size() == 1) {
      return slots.get(0);
    }
    return Intervals.maxgaps(slots.size() - 1, Intervals.ordered(slots.toArray(IntervalsSource[]::new)));
  }

  private static Alternative alternative(String alt, Tokenizer tokenizer, String phrasing) {
    if (alt.isEmpty()) {
      throw new IllegalArgumentException("empty alternative in: " + phrasing);
    }
    if (alt.endsWith("*")) {
      String prefix = alt.substring(0, alt.length() - 1).toLowerCase(java.util.Locale.ROOT);
      if (prefix.length() < 3 || !prefix.chars().allMatch(Character::isLetterOrDigit)) {
        throw new IllegalArgumentException("prefix must be 3+ letters: " + alt);
      }
      return new Alternative(List.of(prefix), true);
    }
    List<String> terms = tokenizer.terms(alt.replace('_', ' '));
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("no word in '" + alt + "' of: " + phrasing);
    }
    return new Alternative(List.copyOf(terms), false);
  }

  private static IntervalsSource source(Alternative a) {
    if (a.prefix()) {
      return Intervals.term(prefixTerm(a.terms().get(0)));
    }
    if (a.terms().size() == 1) {
      return Intervals.term(a.terms().get(0));
    }
    return Intervals.phrase(a.terms().toArray(String[]::new));
  }
}
