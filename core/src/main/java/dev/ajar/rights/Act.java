package dev.ajar.rights;

import com.google.common.collect.Sets;
import dev.ajar.Limit;
import dev.ajar.Right;
import java.util.Set;

/**
 * One act read from a sentence.
 *
 * @param kind what the sentence does
 * @param rights the rights it applies to (empty for acts that concern no right)
 * @param limits the limits of a GRANT or LIMIT act
 * @param sentence index of the sentence
 * @param start offset where the act's quote starts in the text (its sentence, or its clause in a
 *     very long sentence)
 * @param end offset after the act's quote
 * @param clauseStart offset of the first word of the clause that says it
 * @param clauseEnd offset after the last word of that clause
 */
public record Act(
    ActKind kind, Set<Right> rights, Set<Limit> limits, int sentence, int start, int end,
    int clauseStart, int clauseEnd) {

  public Act {
    rights = Sets.immutableEnumSet(rights);
    limits = Sets.immutableEnumSet(limits);
  }

  /** An act whose quote is its clause. */
  public Act(ActKind kind, Set<Right> rights, Set<Limit> limits, int sentence, int start, int end) {
    this(kind, rights, limits, sentence, start, end, start, end);
  }

  /** The same act quoting [start, end), its clause kept. */
  public Act quoting(int start, int end) {
    return new Act(kind, rights, limits, sentence, start, end, clauseStart, clauseEnd);
  }

  /** The same act as another kind. */
  public Act as(ActKind other) {
    return new Act(other, rights, limits, sentence, start, end, clauseStart, clauseEnd);
  }

  /** The same act with other limits. */
  public Act withLimits(Set<Limit> other) {
    return new Act(kind, rights, other, sentence, start, end, clauseStart, clauseEnd);
  }
}
