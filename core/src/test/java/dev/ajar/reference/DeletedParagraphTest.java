package dev.ajar.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Normalizer;
import dev.ajar.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identification with one paragraph cut, over every bundled SPDX text that has a middle
 * paragraph of a sentence's size (issue 5: at least 97% right, the cut reported as dropped).
 * Cutting the paragraph that tells two near-identical references apart (BSD-3-Clause's third
 * clause, CC-BY-SA's share-alike section) makes the text the other one, word for word or nearly:
 * naming a reference at least as similar to the edited text as its source counts as right, and
 * is counted apart. Every miss is printed.
 */
class DeletedParagraphTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();
  private static final ReferenceIndex INDEX = ReferenceIndex.load();
  private static final List<Entry> ALL = ReferenceIndex.readEntries();

  @Test
  void aCutParagraphKeepsTheIdAndIsReportedAsDropped() {
    int tried = 0;
    int right = 0;
    int reported = 0;
    List<String> misses = new ArrayList<>();
    int becameOther = 0;
    for (Entry reference : ALL) {
      String text = reference.text();
      int[] cut = middleParagraph(text);
      if (cut == null) {
        continue;
      }
      tried++;
      String paragraph = text.substring(cut[0], cut[1]);
      String edited = text.substring(0, cut[0]) + text.substring(cut[1]);
      String normalized = Normalizer.normalize(edited);
      Identification closest = INDEX.identify(normalized, SPLITTER.split(normalized)).orElse(null);
      if (closest == null) {
        misses.add(reference.ids() + " -> none");
        continue;
      }
      if (!closest.reference().ids().equals(reference.ids())) {
        double toSource = similarity(normalized, reference.text());
        if (closest.similarity() >= toSource) {
          right++;
          reported++;
          becameOther++;
        } else {
          misses.add(reference.ids() + " -> " + closest.reference().ids());
        }
        continue;
      }
      right++;
      String deleted = squeeze(paragraph);
      boolean onlyFromCut = closest.dropped().stream().allMatch(d -> deleted.contains(squeeze(d)));
      boolean elsewhere = squeeze(edited).contains(deleted);
      if (onlyFromCut && (elsewhere || !closest.dropped().isEmpty())) {
        reported++;
      } else {
        misses.add(reference.ids() + ": dropped " + closest.dropped());
      }
    }
    System.out.printf(
        "paragraph cut: %d texts, right %d (of which %d now closer to another reference), cut"
            + " reported exactly %d%n",
        tried,
        right,
        becameOther,
        reported);
    misses.forEach(m -> System.out.println("  " + m));
    assertTrue(right >= 0.97 * tried, right + " of " + tried + " identified");
    assertTrue(reported >= 0.97 * tried, reported + " of " + tried + " reported");
  }

  /**
   * The blank-line paragraph nearest the middle with 8+ words and under a fifth of the text, as
   * [start, end), or null.
   */
  private static int[] middleParagraph(String text) {
    List<Integer> breaks = new ArrayList<>(List.of(0));
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
      breaks.add(i);
    }
    breaks.add(text.length());
    int[] best = null;
    for (int i = 0; i + 1 < breaks.size(); i++) {
      int from = breaks.get(i);
      int to = breaks.get(i + 1);
      String p = text.substring(from, to);
      if (p.trim().split("\\s+").length < 8 || p.length() * 5 >= text.length()) {
        continue;
      }
      int mid = text.length() / 2;
      if (best == null || Math.abs(from - mid) < Math.abs(best[0] - mid)) {
        best = new int[] {from, to};
      }
    }
    return best;
  }

  private static double similarity(String normalized, String referenceText) {
    return Words.of(normalized, List.of())
        .similarity(Words.of(Normalizer.normalize(referenceText), List.of()));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
