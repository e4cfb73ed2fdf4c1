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
 * @param start offset of the first word of the clause, in the text
 * @param end offset after the last word of the clause
 */
public record Act(
    ActKind kind, Set<Right> rights, Set<Limit> limits, int sentence, int start, int end) {

  public Act {
    rights = Sets.immutableEnumSet(rights);
    limits = Sets.immutableEnumSet(limits);
  }
}
