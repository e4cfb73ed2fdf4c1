package dev.ajar.index;

import static java.util.Objects.requireNonNull;

import dev.ajar.Category;
import dev.ajar.FindingKind;
import dev.ajar.RiskTier;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the clause catalog: what a clause means and the phrasings that express it.
 *
 * @param id stable dotted id, e.g. {@code use.military}
 * @param role whether matches are findings or lead-ins
 * @param kind the finding kind (for a lead-in, the kind its list items take)
 * @param category what the clause is about
 * @param weight how much one match counts, in (0, 1]
 * @param listItem whether a match counts only inside a prohibition list opened by a lead-in
 * @param colon for a lead-in, whether its sentence must end with a colon (it introduces a list)
 * @param inline for a lead-in, whether it frames only its own sentence ("Use ... is prohibited")
 * @param tier the risk tier the clause names, if any
 * @param cancels for a {@link FindingKind#NOT_A_RESTRICTION} pattern, the categories whose matches
 *     in the same sentence it cancels; empty for other kinds
 * @param signal one line saying what the clause does, for reviewers and reports
 * @param phrasings the match expressions (see {@link PatternCompiler} for the syntax)
 * @param examples sentences the phrasings must match (checked by a test, never by the matcher)
 * @param counterExamples near misses on the same topic the phrasings must not match (checked by a
 *     test, never by the matcher)
 */
public record ClausePattern(
    String id,
    PatternRole role,
    FindingKind kind,
    Category category,
    double weight,
    boolean listItem,
    boolean colon,
    boolean inline,
    Optional<RiskTier> tier,
    Set<Category> cancels,
    String signal,
    List<String> phrasings,
    List<String> examples,
    List<String> counterExamples) {
  /** Whether this pattern cancels matches of {@code category} in its sentence. */
  public boolean cancels(Category category) {
    return cancels.contains(category);
  }

  public ClausePattern {
    requireNonNull(id, "id is null");
    requireNonNull(role, "role is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(category, "category is null");
    requireNonNull(tier, "tier is null");
    requireNonNull(signal, "signal is null");
    phrasings = List.copyOf(phrasings);
    examples = List.copyOf(examples);
    counterExamples = List.copyOf(counterExamples);
    cancels = Sets.immutableEnumSet(cancels);
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(id + ": weight " + weight + " outside (0, 1]");
    }
    if (phrasings.isEmpty()) {
      throw new IllegalArgumentException(id + ": no phrasings");
    }
  }
}
