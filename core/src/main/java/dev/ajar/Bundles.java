package dev.ajar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Combines the classifications of a document's regions (see {@link Regions}): the document takes
 * the class of its most closed region that is a license, with that region's rights, closest
 * license, confidence and deciding findings; every region's findings are kept, in text order. A region that is no
 * known text and whose class is only a fallback (confidence under one half: a fragment of a
 * license whose sections a rule line separates) does not decide. Repeating a text or
 * bundling open licenses therefore never makes a document more closed than its most closed
 * member, and evidence never adds up across regions.
 */
final class Bundles {

  private Bundles() {}

  /**
   * The document's expression names the regions that decide (see {@link Contents}), in text
   * order, each once.
   *
   * @param text the document
   * @param regions the regions, as [start, end) into {@code text}
   * @param parts the classification of each region's text, in the same order
   */
  static Classification combine(String text, List<int[]> regions, List<Classification> parts) {
    int deciding = -1;
    List<Contents.Member> members = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Classification p = parts.get(i);
      boolean decides = decides(p);
      if (decides) {
        members.add(new Contents.Member(text.substring(regions.get(i)[0], regions.get(i)[1]), p));
      }
      if (decides && (deciding < 0
          || p.licenseClass().ordinal() < parts.get(deciding).licenseClass().ordinal())) {
        deciding = i;
      }
    }
    deciding = Math.max(0, deciding);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int offset = regions.get(i)[0];
      for (Finding f : parts.get(i).findings()) {
        findings.add(shift(f, offset));
      }
    }
    findings.sort(Finding.TEXT_ORDER);
    Classification d = parts.get(deciding);
    int offset = regions.get(deciding)[0];
    return new Classification(
        d.licenseClass(),
        d.confidence(),
        findings,
        d.restrictions(),
        d.riskTier(),
        d.osdConflicts(),
        d.closestLicense().map(k -> shift(k, offset)),
        shift(d.rights(), offset),
        d.declared(),
        d.basis(),
        Contents.of(members.isEmpty()
            ? List.of(new Contents.Member(text.substring(offset, regions.get(deciding)[1]), d))
            : members),
        d.decidingFindings().stream().map(f -> shift(f, offset)).toList());
  }

  private static Finding shift(Finding f, int offset) {
    return new Finding(f.kind(), f.category(), f.start() + offset, f.end() + offset, f.excerpt(),
        f.patternId(), f.score());
  }

  /**
   * Whether a region's class counts: a license, and either a known text or more than a fallback
   * (a fragment of a license whose sections a rule line separates does not count).
   */
  private static boolean decides(Classification p) {
    return p.licenseClass().isLicense() && (p.basis() == Basis.KNOWN_TEXT || p.confidence() >= 0.5);
  }

  private static ClosestLicense shift(ClosestLicense k, int offset) {
    return new ClosestLicense(k.ids(), k.knownClass(), k.similarity(),
        k.added().stream().map(s -> shift(s, offset)).toList(), k.dropped());
  }

  private static RightsTable shift(RightsTable t, int offset) {
    List<RightEntry> out = new ArrayList<>();
    for (RightEntry e : t.entries()) {
      Optional<TextSpan> evidence = e.evidence().map(s -> shift(s, offset));
      out.add(new RightEntry(e.right(), e.status(), e.limits(), evidence));
    }
    return new RightsTable(out);
  }

  private static TextSpan shift(TextSpan s, int offset) {
    return new TextSpan(s.start() + offset, s.end() + offset, s.text());
  }
}
