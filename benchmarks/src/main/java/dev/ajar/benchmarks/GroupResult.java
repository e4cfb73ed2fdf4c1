package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The accuracy figures of one report row (a source, a variant family or sub-family, or
 * "overall") in one mode.
 *
 * <p>Two confusion matrices: {@code strict} counts the gold class only; {@code lenient} counts the
 * alternative of a contested label as right (it records such a text under the class predicted).
 * {@code errors} lists every text whose prediction is not the gold class, lenient-accepted ones
 * included and marked, except the held-out variants ({@link BenchCase.Family#isHeldOut()}), whose
 * sentences no report may show; they count in the matrices all the same. Mutable while {@link
 * Evaluation} fills it; read-only afterwards.
 */
final class GroupResult {

  /** One text whose prediction is not its gold class. */
  record ErrorRow(BenchCase benchCase, Outcome outcome, boolean acceptedAsAlternative) {}

  final String name;
  final Confusion strict = new Confusion();
  final Confusion lenient = new Confusion();
  final List<ErrorRow> errors = new ArrayList<>();
  /** Texts that have a known SPDX id to identify. */
  int withKnownId;
  /** Of those, texts for which a closest license was named at all. */
  int named;
  /** Of those, texts whose named ids include the known id. */
  int identified;
  /** Variants that have a source text. */
  int withSource;
  /** Of those, variants predicted the same class as their source. */
  int keptSourceClass;

  GroupResult(String name) {
    this.name = name;
  }

  void add(BenchCase c, Outcome o, Outcome source) {
    LicenseClass gold = c.labelled().gold();
    LicenseClass predicted = o.predicted();
    boolean accepted = c.labelled().accepts(predicted);
    strict.add(gold, predicted);
    lenient.add(accepted ? predicted : gold, predicted);
    if (predicted != gold && !c.family().isHeldOut()) {
      errors.add(new ErrorRow(c, o, accepted));
    }
    if (c.knownId().isPresent()) {
      withKnownId++;
      named += o.closestIds().isEmpty() ? 0 : 1;
      identified += o.closestIds().contains(c.knownId().get()) ? 1 : 0;
    }
    if (source != null) {
      withSource++;
      keptSourceClass += source.predicted() == predicted ? 1 : 0;
    }
  }

  int total() {
    return strict.total();
  }
}
