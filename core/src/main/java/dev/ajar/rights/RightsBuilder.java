package dev.ajar.rights;

import dev.ajar.Limit;
import dev.ajar.Right;
import dev.ajar.RightEntry;
import dev.ajar.RightStatus;
import dev.ajar.RightsTable;
import dev.ajar.TextSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds the acts of a text into its {@link RightsTable} (the combination rule is documented
 * there). Two rows are derived: {@link Right#ANY_PURPOSE} is denied by a binding prohibition of a
 * use and limited by a field limit on a grant; {@link Right#COMMERCIAL_USE} is denied by a
 * non-commercial limit.
 */
public final class RightsBuilder {

  private RightsBuilder() {}

  /**
   * The rights table of {@code text}.
   *
   * @param text the caller's original text (the acts' offsets point into it)
   * @param acts the acts read from it
   * @param extraGrants rights granted outright by clauses the reader does not parse (a
   *     public-domain dedication), with the span that grants them
   */
  public static RightsTable build(String text, List<Act> acts, List<Grant> extraGrants) {
    List<RightEntry> entries = new ArrayList<>();
    for (Right r : Right.values()) {
      entries.add(entry(text, r, acts, extraGrants));
    }
    // Any purpose is limited only by a limit that stands: a field limit on a grant of use,
    // modification or sharing that no wider grant of the same right overrides.
    // Modification presupposed by a duty on modified versions completes a grant of sharing; on
    // its own it grants nothing a reader could rely on.
    RightEntry modify = entries.get(Right.MODIFY.ordinal());
    if (modify.status() == RightStatus.GRANTED && presupposedOnly(acts)
        && entries.get(Right.REDISTRIBUTE.ordinal()).status() != RightStatus.GRANTED) {
      entries.set(Right.MODIFY.ordinal(), RightEntry.unstated(Right.MODIFY));
    }
    RightEntry any = entries.get(Right.ANY_PURPOSE.ordinal());
    if (any.status() == RightStatus.LIMITED) {
      entries.set(Right.ANY_PURPOSE.ordinal(), standingFieldLimit(entries));
    }
    impliedByAnyUse(entries);
    copyingImpliedBySharing(entries);
    return new RightsTable(entries);
  }

  /**
   * A grant to redistribute without limit carries making the copies it hands on: "copies for
   * internal distribution" beside "can be redistributed to third parties" limits nothing. A field
   * limit on copying, or a denial of it, keeps its own words.
   */
  private static void copyingImpliedBySharing(List<RightEntry> entries) {
    RightEntry share = entries.get(Right.REDISTRIBUTE.ordinal());
    RightEntry copy = entries.get(Right.COPY.ordinal());
    boolean narrowedOnly = copy.status() == RightStatus.LIMITED
        && copy.limits().stream().noneMatch(Limit::narrowsField);
    if (share.status() == RightStatus.GRANTED
        && (narrowedOnly || copy.status() == RightStatus.UNSTATED)) {
      entries.set(Right.COPY.ordinal(),
          new RightEntry(Right.COPY, RightStatus.GRANTED, Set.of(), share.evidence()));
    }
  }

  /** The rights of the work itself that a grant of every use carries. */
  private static final List<Right> WORK_RIGHTS = List.of(Right.COPY, Right.MODIFY, Right.REDISTRIBUTE);

  /**
   * "Any use is permitted", "may be used for any purpose": a grant of every use, with nothing
   * withheld or narrowed, carries copying, changing and sharing the work (as public-domain and
   * informal notices mean it). A text that denies or limits any of them keeps its own words.
   */
  private static void impliedByAnyUse(List<RightEntry> entries) {
    RightEntry any = entries.get(Right.ANY_PURPOSE.ordinal());
    if (any.status() != RightStatus.GRANTED
        || entries.get(Right.USE.ordinal()).status() != RightStatus.GRANTED) {
      return;
    }
    for (Right r : WORK_RIGHTS) {
      RightStatus s = entries.get(r.ordinal()).status();
      if (s == RightStatus.DENIED || s == RightStatus.LIMITED) {
        return;
      }
    }
    for (Right r : WORK_RIGHTS) {
      if (entries.get(r.ordinal()).status() == RightStatus.UNSTATED) {
        entries.set(r.ordinal(), new RightEntry(r, RightStatus.GRANTED, Set.of(), any.evidence()));
      }
    }
  }

  /** Whether modification is named by presupposing acts only. */
  private static boolean presupposedOnly(List<Act> acts) {
    for (Act a : acts) {
      if (a.rights().contains(Right.MODIFY) && a.kind() != ActKind.PRESUPPOSE) {
        return false;
      }
    }
    return true;
  }

  private static RightEntry standingFieldLimit(List<RightEntry> entries) {
    for (Right r : new Right[] {Right.USE, Right.MODIFY, Right.REDISTRIBUTE}) {
      RightEntry e = entries.get(r.ordinal());
      Set<Limit> field = EnumSet.noneOf(Limit.class);
      e.limits().stream().filter(Limit::narrowsField).forEach(field::add);
      if (e.status() == RightStatus.LIMITED && !field.isEmpty()) {
        return new RightEntry(Right.ANY_PURPOSE, RightStatus.LIMITED, field, e.evidence());
      }
    }
    return RightEntry.unstated(Right.ANY_PURPOSE);
  }

  /** A grant found by other means than the reader: which rights, and where. */
  public record Grant(Set<Right> rights, int start, int end) {}

  private static RightEntry entry(String text, Right r, List<Act> acts, List<Grant> extra) {
    Act denied = null;
    Act granted = null;
    Act limited = null;
    Act presupposed = null;
    boolean standing = false;
    Set<Limit> limits = EnumSet.noneOf(Limit.class);
    for (Act a : acts) {
      boolean names = a.rights().contains(r);
      switch (a.kind()) {
        case DENY -> {
          if (names && denied == null) {
            denied = a;
          }
        }
        case GRANT, LIMIT, CONFINE -> {
          if (!names) {
            break;
          }
          Set<Limit> own = limitsOf(r, a.limits());
          if (own.isEmpty() && a.kind() == ActKind.GRANT) {
            granted = granted == null ? a : granted;
          } else if (!own.isEmpty()) {
            // A limit stated on its own ("Permission is limited to ...", "you agree to use it
            // only for ...") narrows every grant of the right; a grant with a limit may be one of
            // several grants (GPL grants verbatim copies in one section, modified ones in another).
            if (a.kind() == ActKind.CONFINE && !standing) {
              standing = true;
              limited = a;
              limits.clear();
            }
            if (a.kind() == ActKind.CONFINE || !standing) {
              limited = limited == null ? a : limited;
              limits.addAll(own);
            }
          }
        }
        case PRESUPPOSE -> {
          if (names && presupposed == null) {
            presupposed = a;
          }
        }
        case PROHIBIT_USE -> {
          if (r == Right.ANY_PURPOSE && denied == null) {
            denied = a;
          }
        }
        default -> {}
      }
      boolean limiting = a.kind() == ActKind.GRANT || a.kind() == ActKind.LIMIT
          || a.kind() == ActKind.CONFINE;
      if (r == Right.COMMERCIAL_USE && denied == null && a.limits().contains(Limit.NON_COMMERCIAL)
          && limiting) {
        denied = a;
      }
      if (r == Right.ANY_PURPOSE && limiting
          && a.limits().stream().anyMatch(Limit::narrowsField)) {
        limited = limited == null ? a : limited;
        a.limits().stream().filter(Limit::narrowsField).forEach(limits::add);
      }
    }
    if (denied != null) {
      return new RightEntry(r, RightStatus.DENIED, Set.of(), span(text, denied.start(), denied.end()));
    }
    if (granted == null) {
      for (Grant g : extra) {
        if (g.rights().contains(r)) {
          return new RightEntry(r, RightStatus.GRANTED, Set.of(), span(text, g.start(), g.end()));
        }
      }
    }
    if (granted != null && !standing && (limited == null || r != Right.ANY_PURPOSE)) {
      return new RightEntry(r, RightStatus.GRANTED, Set.of(), span(text, granted.start(), granted.end()));
    }
    if (limited != null && !limits.isEmpty()) {
      return new RightEntry(r, RightStatus.LIMITED, limits, span(text, limited.start(), limited.end()));
    }
    if (presupposed != null) {
      return new RightEntry(r, RightStatus.GRANTED, Set.of(),
          span(text, presupposed.start(), presupposed.end()));
    }
    return RightEntry.unstated(r);
  }

  /**
   * The limits of a grant that bear on {@code r}: the form of copies (binary only, unmodified)
   * limits copying and sharing, not use; purpose limits bear on every right.
   */
  private static Set<Limit> limitsOf(Right r, Set<Limit> limits) {
    Set<Limit> out = EnumSet.noneOf(Limit.class);
    for (Limit l : limits) {
      boolean form = l == Limit.BINARY_ONLY || l == Limit.UNMODIFIED;
      boolean copies = r == Right.COPY || r == Right.REDISTRIBUTE || r == Right.SUBLICENSE;
      if (r == Right.ANY_PURPOSE ? l.narrowsField() : !form || copies) {
        out.add(l);
      }
    }
    return out;
  }

  private static Optional<TextSpan> span(String text, int start, int end) {
    return Optional.of(new TextSpan(start, end, text.substring(start, end)));
  }
}
