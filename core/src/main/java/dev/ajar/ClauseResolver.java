package dev.ajar;

import dev.ajar.index.ClauseMatch;
import dev.ajar.index.PatternRole;
import dev.ajar.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw pattern matches into findings.
 *
 * <ol>
 *   <li>Lead-ins ("You agree not to use the Model:", "Prohibited Uses") open a prohibition list.
 *       A list-item pattern ("military", "to exploit or harm minors") counts only while a list is
 *       open: from a lead-in's sentence until {@value #LIST_REACH} sentences pass without a lead-in
 *       or a counted item. An inline frame ("... is prohibited", "must not use ...") lets items
 *       count in its own sentence. Items are too general to count alone.
 *   <li>A {@link FindingKind#NOT_A_RESTRICTION} match cancels the matches of the categories it
 *       names in the same sentence ("commercial or non-commercial" cancels the non-commercial
 *       pattern there, and nothing else).
 *   <li>One finding per pattern and sentence; its span is the whole sentence, so a reader sees
 *       the clause, unless the sentence is over {@value #MAX_EXCERPT} chars (text without full
 *       stops), when it is the matched words.
 * </ol>
 */
final class ClauseResolver {

  /** Sentences a prohibition list stays open after its last lead-in or counted item. */
  static final int LIST_REACH = 4;

  /** Longest sentence quoted whole in a finding. */
  static final int MAX_EXCERPT = 1_500;

  /** Sentence order, then start offset; stable, so equal keys keep the matcher's order. */
  private static final Comparator<ClauseMatch> BY_POSITION =
      Comparator.comparingInt(ClauseMatch::sentence).thenComparingInt(ClauseMatch::start);

  private ClauseResolver() {}

  static List<Finding> resolve(List<ClauseMatch> matches, List<Sentence> sentences, String text) {
    return resolve(matches, sentences, text, new BitSet(), new BitSet());
  }

  /**
   * @param prohibiting sentences the reader found to prohibit a use: list items count there as
   *     under an inline frame
   * @param nonBinding sentences that only ask, define or disclaim: restrictive matches there bind
   *     nobody and are dropped
   */
  static List<Finding> resolve(
      List<ClauseMatch> matches,
      List<Sentence> sentences,
      String text,
      BitSet prohibiting,
      BitSet nonBinding) {
    List<ClauseMatch> byPosition = new ArrayList<>(matches);
    byPosition.sort(BY_POSITION);
    Map<Integer, Cancellers> cancellers = new HashMap<>();
    for (ClauseMatch m : byPosition) {
      if (m.pattern().kind() == FindingKind.NOT_A_RESTRICTION && m.pattern().role() == PatternRole.FINDING) {
        cancellers.computeIfAbsent(m.sentence(), k -> new Cancellers()).add(m);
      }
    }
    Set<ClauseMatch> usedCancellers = new LinkedHashSet<>();
    BitSet leads = new BitSet();
    BitSet framed = (BitSet) prohibiting.clone();
    for (ClauseMatch m : byPosition) {
      if (m.pattern().role() == PatternRole.LEAD
          && (!m.pattern().colon() || endsWithColon(sentences.get(m.sentence()), text))
          && !cancel(m, cancellers, usedCancellers)) {
        (m.pattern().inline() ? framed : leads).set(m.sentence());
      }
    }
    List<Finding> out = new ArrayList<>();
    Excerpts excerpts = new Excerpts(text);
    FirstPerSentence first = new FirstPerSentence();
    int anchor = Integer.MIN_VALUE / 2;
    // The last lead-in at or before the current match's sentence, found by walking the lead-ins
    // forward with the matches (in sentence order), so the walk is linear in all.
    int lastLead = -1;
    int nextLead = leads.nextSetBit(0);
    for (ClauseMatch m : byPosition) {
      if (m.pattern().role() == PatternRole.LEAD
          || m.pattern().kind() == FindingKind.NOT_A_RESTRICTION) {
        continue; // lead-ins are never findings; cancellers only when they cancelled something
      }
      if (m.pattern().kind().isRestrictive() && nonBinding.get(m.sentence())) {
        continue;
      }
      if (m.pattern().listItem() && !framed.get(m.sentence())) {
        while (nextLead >= 0 && nextLead <= m.sentence()) {
          lastLead = nextLead;
          nextLead = leads.nextSetBit(nextLead + 1);
        }
        anchor = Math.max(anchor, lastLead);
        if (anchor < 0 || m.sentence() - anchor > LIST_REACH) {
          continue;
        }
        anchor = m.sentence();
      }
      if (cancel(m, cancellers, usedCancellers)) {
        continue;
      }
      if (first.add(m)) {
        out.add(finding(m, sentences.get(m.sentence()), excerpts));
      }
    }
    List<ClauseMatch> used = new ArrayList<>(usedCancellers);
    used.sort(BY_POSITION);
    first = new FirstPerSentence();
    for (ClauseMatch c : used) {
      if (first.add(c)) {
        out.add(finding(c, sentences.get(c.sentence()), excerpts));
      }
    }
    out.sort(Finding.TEXT_ORDER);
    return out;
  }

  /**
   * The categories each sentence's look-alike patterns cancel ("commercial or non-commercial"
   * cancels NON_COMMERCIAL there), by sentence index; the structural reading honours them too.
   */
  static Map<Integer, List<Cancellation>> cancellations(List<ClauseMatch> matches) {
    Map<Integer, List<Cancellation>> out = new HashMap<>();
    for (ClauseMatch m : matches) {
      if (m.pattern().kind() == FindingKind.NOT_A_RESTRICTION
          && m.pattern().role() == PatternRole.FINDING) {
        out.computeIfAbsent(m.sentence(), k -> new java.util.ArrayList<>())
            .add(new Cancellation(m.pattern().cancels(), m.start(), m.end()));
      }
    }
    return out;
  }

  /** What a look-alike pattern cancels, and the words it matched. */
  record Cancellation(Set<Category> categories, int start, int end) {

    /** Whether the match lies in the clause [clauseStart, clauseEnd). */
    boolean inClause(int clauseStart, int clauseEnd) {
      return start < clauseEnd && end > clauseStart;
    }
  }

  /**
   * Admits the first match of each pattern in each sentence, for matches that arrive in sentence
   * order; it remembers one sentence's pattern ids at a time, not every pair seen.
   */
  private static final class FirstPerSentence {
    private final Set<String> ids = new HashSet<>();
    private int sentence = -1;

    boolean add(ClauseMatch m) {
      if (m.sentence() != sentence) {
        sentence = m.sentence();
        ids.clear();
      }
      return ids.add(m.pattern().id());
    }
  }

  /**
   * Quotes spans of the text, giving findings with the same span (several patterns in one
   * sentence, which arrive together) one shared string rather than a copy each.
   */
  private static final class Excerpts {
    private final String text;
    private int start = -1;
    private int end = -1;
    private String last;

    Excerpts(String text) {
      this.text = text;
    }

    String quote(int from, int to) {
      if (from != start || to != end) {
        start = from;
        end = to;
        last = text.substring(from, to);
      }
      return last;
    }
  }

  /**
   * The cancellers of one sentence, with the categories they cancel, so that checking a match
   * costs the same however many cancellers and matches the sentence has.
   */
  private static final class Cancellers {
    final List<ClauseMatch> matches = new ArrayList<>();
    final Set<Category> cancelled = EnumSet.noneOf(Category.class);
    final Set<Category> marked = EnumSet.noneOf(Category.class);

    void add(ClauseMatch m) {
      matches.add(m);
      cancelled.addAll(m.pattern().cancels());
    }
  }

  /**
   * Whether a canceller in {@code m}'s sentence cancels its category; the first time a category
   * is cancelled in a sentence, marks every canceller there that cancels it as used.
   */
  private static boolean cancel(
      ClauseMatch m, Map<Integer, Cancellers> cancellers, Set<ClauseMatch> used) {
    Cancellers here = cancellers.get(m.sentence());
    Category category = m.pattern().category();
    if (here == null || !here.cancelled.contains(category)) {
      return false;
    }
    if (here.marked.add(category)) {
      for (ClauseMatch c : here.matches) {
        if (c.pattern().cancels(category)) {
          used.add(c);
        }
      }
    }
    return true;
  }

  private static boolean endsWithColon(Sentence s, String text) {
    return text.charAt(s.end() - 1) == ':';
  }

  private static Finding finding(ClauseMatch m, Sentence s, Excerpts excerpts) {
    boolean whole = s.end() - s.start() <= MAX_EXCERPT;
    int start = whole ? s.start() : m.start();
    int end = whole ? s.end() : m.end();
    return new Finding(
        m.pattern().kind(),
        m.pattern().category(),
        start,
        end,
        excerpts.quote(start, end),
        m.pattern().id(),
        m.pattern().weight());
  }
}
