package dev.ajar;

import dev.ajar.rights.Act;
import dev.ajar.rights.ActKind;
import dev.ajar.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The findings that the structural reading adds to the catalog's: the rights table's deciding
 * sentences (a grant, a denial, a limit) and each binding prohibition of a use. A prohibition
 * whose sentence the catalog already gave a restriction category keeps that category; otherwise
 * it is {@link Category#OTHER_USE}: the topic names the category, never whether there is one.
 */
final class ReadFindings {

  /** Weight of a grant read from a sentence's structure. */
  static final double GRANT = 0.7;

  /** Weight of a binding prohibition or limit read from structure: decides on its own. */
  static final double BINDING = 0.8;

  private ReadFindings() {}

  static List<Finding> of(
      String text, List<Sentence> sentences, List<Act> acts, RightsTable table, List<Finding> catalog) {
    List<Finding> out = new ArrayList<>();
    for (RightEntry e : table.entries()) {
      e.evidence().ifPresent(span -> addEntry(e, span, out));
    }
    BitSet restricted = new BitSet();
    for (Finding f : catalog) {
      if (f.kind().isRestrictive()) {
        restricted.set(sentenceOf(sentences, f.start()));
      }
    }
    for (Act a : acts) {
      if (a.kind() == ActKind.PROHIBIT_USE && !restricted.get(a.sentence())) {
        restricted.set(a.sentence());
        Sentence s = sentences.get(a.sentence());
        out.add(finding(text, FindingKind.USE_RESTRICTION, Category.OTHER_USE, s.start(), s.end(),
            "read.prohibited-use", BINDING));
      }
    }
    return out;
  }

  private static void addEntry(RightEntry e, TextSpan span, List<Finding> out) {
    Optional<Category> grant = grantCategory(e.right());
    switch (e.status()) {
      case GRANTED -> grant.ifPresent(c -> out.add(new Finding(FindingKind.GRANT, c, span.start(),
          span.end(), span.text(), "read.grant-" + slug(e.right()), GRANT)));
      case DENIED -> denial(e.right()).ifPresent(c -> out.add(new Finding(c.isRestriction()
              ? FindingKind.USE_RESTRICTION : FindingKind.PROPRIETARY_TERM, c, span.start(),
          span.end(), span.text(), "read.denied-" + slug(e.right()), BINDING)));
      case LIMITED -> {
        for (Limit l : e.limits()) {
          Category c = limitCategory(l);
          out.add(new Finding(l.narrowsField() ? FindingKind.USE_RESTRICTION
                  : FindingKind.PROPRIETARY_TERM, c, span.start(), span.end(), span.text(),
              "read.limit-" + l.slug() + "-" + slug(e.right()), BINDING));
        }
      }
      default -> {}
    }
  }

  private static Optional<Category> grantCategory(Right r) {
    return switch (r) {
      case USE -> Optional.of(Category.GRANT_USE);
      case MODIFY -> Optional.of(Category.GRANT_MODIFY);
      case REDISTRIBUTE -> Optional.of(Category.GRANT_REDISTRIBUTE);
      default -> Optional.empty();
    };
  }

  /** What withholding a right is; ANY_PURPOSE denials are the prohibitions, reported apart. */
  private static Optional<Category> denial(Right r) {
    return switch (r) {
      case USE -> Optional.of(Category.LIMITED_USE);
      case COPY, REDISTRIBUTE -> Optional.of(Category.NO_REDISTRIBUTION);
      case MODIFY -> Optional.of(Category.NO_MODIFICATION);
      case COMMERCIAL_USE -> Optional.of(Category.NON_COMMERCIAL);
      default -> Optional.empty();
    };
  }

  static Category limitCategory(Limit l) {
    return switch (l) {
      case NON_COMMERCIAL -> Category.NON_COMMERCIAL;
      case RESEARCH -> Category.RESEARCH_ONLY;
      case NAMED_PURPOSE -> Category.FIELD_OF_USE;
      case NAMED_USERS -> Category.USER_GROUP;
      case USER_THRESHOLD -> Category.USER_THRESHOLD;
      case BINARY_ONLY, UNMODIFIED -> Category.NO_MODIFICATION;
      case INTERNAL, EVALUATION, PERSONAL, TIME_LIMITED, WITH_PRODUCT, PERMISSION_REQUIRED ->
          Category.LIMITED_USE;
      case REVOCABLE -> Category.REVOCABLE;
      case PAYMENT -> Category.PAYMENT;
    };
  }

  private static String slug(Right r) {
    return r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Finding finding(
      String text, FindingKind kind, Category c, int start, int end, String id, double score) {
    return new Finding(kind, c, start, end, text.substring(start, end), id, score);
  }

  /** The index of the sentence holding {@code offset} (binary search over sentence starts). */
  static int sentenceOf(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
