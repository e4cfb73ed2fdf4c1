package dev.ajar;

import dev.ajar.index.ClauseMatch;
import dev.ajar.index.PatternRole;
import dev.ajar.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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

  private ClauseResolver() {}

  static List<Finding> resolve(List<ClauseMatch> matches, List<Sentence> sentences, String text) {
    List<ClauseMatch> byPosition = new ArrayList<>(matches);
    byPosition.sort(Comparator.comparingInt(ClauseMatch::sentence).thenComparingInt(ClauseMatch::start));
    Map<Integer, List<ClauseMatch>> cancellers = new HashMap<>();
    for (ClauseMatch m : byPosition) {
      if (m.pattern().kind() == FindingKind.NOT_A_RESTRICTION && m.pattern().role() == PatternRole.FINDING) {
        cancellers.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    Set<ClauseMatch> usedCancellers = new LinkedHashSet<>();
    BitSet leads = new BitSet();
    BitSet framed = new BitSet();
    for (ClauseMatch m : byPosition) {
      if (m.pattern().role() == PatternRole.LEAD
          && (!m.pattern().colon() || endsWithColon(sentences.get(m.sentence()), text))
          && !cancel(m, cancellers, usedCancellers)) {
        (m.pattern().inline() ? framed : leads).set(m.sentence());
      }
    }
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int anchor = Integer.MIN_VALUE / 2;
    for (ClauseMatch m : byPosition) {
      if (m.pattern().role() == PatternRole.LEAD
          || m.pattern().kind() == FindingKind.NOT_A_RESTRICTION) {
        continue; // lead-ins are never findings; cancellers only when they cancelled something
      }
      if (m.pattern().listItem() && !framed.get(m.sentence())) {
        anchor = Math.max(anchor, leads.previousSetBit(m.sentence()));
        if (anchor < 0 || m.sentence() - anchor > LIST_REACH) {
          continue;
        }
        anchor = m.sentence();
      }
      if (cancel(m, cancellers, usedCancellers)) {
        continue;
      }
      if (!seen.add(m.pattern().id() + '@' + m.sentence())) {
        continue;
      }
      out.add(finding(m, sentences.get(m.sentence()), text));
    }
    for (ClauseMatch c : usedCancellers) {
      if (seen.add(c.pattern().id() + '@' + c.sentence())) {
        out.add(finding(c, sentences.get(c.sentence()), text));
      }
    }
    out.sort(
        Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::patternId));
    return out;
  }

  /** Whether a canceller in {@code m}'s sentence cancels its category; marks the cancellers used. */
  private static boolean cancel(
      ClauseMatch m, Map<Integer, List<ClauseMatch>> cancellers, Set<ClauseMatch> used) {
    boolean cancelled = false;
    for (ClauseMatch c : cancellers.getOrDefault(m.sentence(), List.of())) {
      if (c.pattern().cancels(m.pattern().category())) {
        used.add(c);
        cancelled = true;
      }
    }
    return cancelled;
  }

  private static boolean endsWithColon(Sentence s, String text) {
    return text.charAt(s.end() - 1) == ':';
  }

  private static Finding finding(ClauseMatch m, Sentence s, String text) {
    boolean whole = s.end() - s.start() <= MAX_EXCERPT;
    int start = whole ? s.start() : m.start();
    int end = whole ? s.end() : m.end();
    return new Finding(
        m.pattern().kind(),
        m.pattern().category(),
        start,
        end,
        text.substring(start, end),
        m.pattern().id(),
        m.pattern().weight());
  }
}
