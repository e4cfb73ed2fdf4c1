package dev.ajar;

import dev.ajar.reference.Identification;
import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import dev.ajar.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The known texts that are made of parts ruled off from one another, some of them known texts of
 * their own (Python-2.0.1 holds the PSF, BeOpen, CNRI and CWI licenses), and where a document's
 * members are one of them.
 *
 * <p>In a notice bundle such a text is split at its own rule lines like the bundle itself, so its
 * parts come out as members of their own and the document would be named by them (Python-2.0.1
 * as two unknown texts, CNRI-Python-GPL-Compatible and a third unknown text). {@link #merge}
 * joins consecutive members back into one when together they are, as a whole, one of these known
 * texts: the longest such run first, so the whole wins over any sequence of its parts.
 *
 * <p>Cheap where nothing is to be found: only known texts that {@link Regions} splits can be cut
 * up this way, a run is identified only when its length can match one of them and every member
 * of it that is a known text is contained in that one, and none of it is computed before the
 * first document read member by member. Immutable and thread-safe.
 */
final class Composites {

  /**
   * How far a run's letters may be from a composite's and still match it: a Dice similarity of
   * {@value Decider#KNOWN_SIMILARITY} needs the two texts within a factor of 1.5 in words; 2
   * leaves room for layout and markup.
   */
  static final double MAX_LENGTH_RATIO = 2.0;

  /**
   * The share of a known member's reference a composite must hold for the member to be one of
   * its parts: most of it (the parts of Python-2.0.1 hold 0.8 and more of the texts they are
   * known as; unrelated licenses share their boilerplate, well under half).
   */
  static final double MIN_CONTAINED = 0.5;

  /**
   * A known text made of ruled-off parts.
   *
   * @param entry the reference
   * @param letters its letters and digits
   * @param regions how many regions {@link Regions} splits it into: the most members it can
   *     become in a document
   */
  private record Composite(Entry entry, int letters, int regions) {}

  private final ReferenceIndex references;
  private final List<Composite> composites;
  /** The most members a composite can become: no longer run is tried. */
  private final int mostRegions;

  private Composites(ReferenceIndex references, List<Composite> composites) {
    this.references = references;
    this.composites = List.copyOf(composites);
    this.mostRegions = composites.stream().mapToInt(Composite::regions).max().orElse(0);
  }

  /** The composites among the known texts of {@code references}. */
  static Composites of(ReferenceIndex references) {
    List<Composite> out = new ArrayList<>();
    for (Entry e : references.entries()) {
      int regions = Regions.split(e.text()).size();
      if (regions >= 2) {
        out.add(new Composite(e, letters(e.text(), 0, e.text().length()), regions));
      }
    }
    return new Composites(references, out);
  }

  /**
   * Joins runs of consecutive members that are, together, a composite known text none of them is,
   * in place. A run is joined when {@code prepare} of the text from its first member's start to
   * its last member's end identifies a composite at {@link Decider#KNOWN_SIMILARITY} or above,
   * and no member of the run is mostly text that composite lacks (so a license beside it in the
   * bundle is never swallowed). From each member on, the longest such run wins; members joined
   * are not looked at again. Copies of one text (a repeat) are never joined.
   *
   * @param text the document
   * @param spans each member's [start, end) in {@code text}, in text order; updated
   * @param members each member made ready, in the same order; updated
   * @param prepare makes a stretch of {@code text} ready (normalised, split, identified)
   * @param id what a ready text was identified as, if anything
   * @param <P> a text made ready
   */
  <P> void merge(String text, List<int[]> spans, List<P> members, Function<String, P> prepare,
      Function<P, Optional<Identification>> id) {
    if (composites.isEmpty()) {
      return;
    }
    List<Optional<Entry>> known = new ArrayList<>();
    List<BitSet> holders = new ArrayList<>();
    for (P m : members) {
      known.add(known(m, id));
      holders.add(holders(known.get(known.size() - 1)));
    }
    int[] cumulative = cumulativeLetters(text, spans);
    for (int i = 0; i + 1 < members.size(); i++) {
      for (int j = Math.min(members.size(), i + mostRegions) - 1; j > i; j--) {
        BitSet candidates = copies(known.subList(i, j + 1)) ? new BitSet()
            : candidates(holders.subList(i, j + 1), cumulative[2 * j + 1] - cumulative[2 * i]);
        if (candidates.isEmpty()) {
          continue;
        }
        List<int[]> parts = List.copyOf(spans.subList(i, j + 1));
        int start = parts.get(0)[0];
        int end = parts.get(parts.size() - 1)[1];
        String runText = text.substring(start, end);
        P run = prepare.apply(runText);
        Optional<Identification> whole = id.apply(run)
            .filter(w -> w.similarity() >= Decider.KNOWN_SIMILARITY)
            .filter(w -> candidates.get(indexOf(w.reference())))
            .filter(w -> covers(w, runText, parts, start));
        if (whole.isPresent()) {
          replace(spans, i, j, new int[] {start, end});
          replace(members, i, j, run);
          replace(known, i, j, whole.map(Identification::reference));
          replace(holders, i, j, holders(known.get(i)));
          cumulative = cumulativeLetters(text, spans);
          break;
        }
      }
    }
  }

  /** Puts {@code value} in place of {@code list[i..j]}. */
  private static <T> void replace(List<T> list, int i, int j, T value) {
    list.set(i, value);
    list.subList(i + 1, j + 1).clear();
  }

  /** Whether a run is copies of one known text: a repeat, never a larger text. */
  private static boolean copies(List<Optional<Entry>> run) {
    return run.get(0).isPresent()
        && run.stream().allMatch(r -> r.isPresent() && r.get().ids().equals(run.get(0).get().ids()));
  }

  /** The reference a member is known as, if it is one. */
  private static <P> Optional<Entry> known(P member, Function<P, Optional<Identification>> id) {
    return id.apply(member)
        .filter(i -> i.similarity() >= Decider.KNOWN_SIMILARITY)
        .map(Identification::reference);
  }

  /**
   * The composites a member can be part of: for a known text, those that hold most of its
   * reference and are not it; for any other text, all of them (nothing tells).
   */
  private BitSet holders(Optional<Entry> reference) {
    BitSet out = new BitSet();
    for (int c = 0; c < composites.size(); c++) {
      Entry whole = composites.get(c).entry();
      if (reference.isEmpty() || !reference.get().ids().equals(whole.ids())
          && references.containment(reference.get(), whole) >= MIN_CONTAINED) {
        out.set(c);
      }
    }
    return out;
  }

  /**
   * The composites a run can be: of a length near its {@code letters}, split into at least as
   * many regions as it has members, and holding each of its members. Empty for a run with no
   * known member: it says nothing of what it is part of.
   */
  private BitSet candidates(List<BitSet> holders, int letters) {
    BitSet out = new BitSet();
    out.set(0, composites.size());
    int all = 0;
    for (BitSet h : holders) {
      out.and(h);
      all += h.cardinality() == composites.size() ? 1 : 0;
    }
    if (all == holders.size()) {
      return new BitSet();
    }
    for (int c = out.nextSetBit(0); c >= 0; c = out.nextSetBit(c + 1)) {
      Composite k = composites.get(c);
      if (holders.size() > k.regions() || letters * MAX_LENGTH_RATIO < k.letters()
          || letters > k.letters() * MAX_LENGTH_RATIO) {
        out.clear(c);
      }
    }
    return out;
  }

  private int indexOf(Entry reference) {
    for (int c = 0; c < composites.size(); c++) {
      if (composites.get(c).entry().ids().equals(reference.ids())) {
        return c;
      }
    }
    return composites.size(); // not a composite: never a candidate
  }

  /**
   * Whether the composite {@code w} found in {@code runText} covers each member of the run: no
   * more than half of a member's letters lie in sentences the composite lacks. Offsets into the
   * normalised run are offsets into its text (normalisation keeps the length).
   */
  private static boolean covers(Identification w, String runText, List<int[]> spans, int start) {
    for (int[] span : spans) {
      int from = span[0] - start;
      int to = span[1] - start;
      int added = 0;
      for (Sentence s : w.added()) {
        added += letters(runText, Math.max(from, s.start()), Math.min(to, s.end()));
      }
      if (2 * added > letters(runText, from, to)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The letters and digits of {@code text} before each span's start and end: {@code [2k]} before
   * span {@code k}'s start, {@code [2k + 1]} before its end. One pass over the text.
   */
  private static int[] cumulativeLetters(String text, List<int[]> spans) {
    int[] out = new int[2 * spans.size()];
    int letters = 0;
    int at = 0;
    for (int k = 0; k < out.length; k++) {
      int boundary = spans.get(k / 2)[k % 2];
      letters += letters(text, at, boundary);
      at = boundary;
      out[k] = letters;
    }
    return out;
  }

  /** The letters and digits of {@code text[start, end)}; 0 for an empty or inverted range. */
  private static int letters(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
