package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.LabelledText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Makes the variant families from the original texts, deterministically: the same originals,
 * phrasings and seed give the same variants, in the same order, on every run and JVM ({@link
 * Random} is specified to the bit).
 *
 * <ul>
 *   <li>Reformatted: every original in every {@link Reformat} style; gold, tier and contest are
 *       the original's.
 *   <li>Restriction inserted: every uncontested OSD_COMPATIBLE SPDX text gets one restriction
 *       sentence at each {@link Insertion} position; gold USE_RESTRICTED. Phrasings are dealt from
 *       a seeded shuffle per position, so every phrasing is used at every position about equally
 *       often.
 *   <li>Harmless mention: the same texts, each position, one topic-mention sentence dealt the
 *       same way; gold OSD_COMPATIBLE.
 *   <li>Restriction v2 and harmless v2 (held-out): the same texts and positions with the v2
 *       sentences ({@link Phrasing#HELDOUT_RESTRICTIONS}, {@link Phrasing#HELDOUT_HARMLESS}), dealt
 *       the same way from decks of their own; gold USE_RESTRICTED and OSD_COMPATIBLE.
 * </ul>
 *
 * <p>"Restrictive licenses with the restrictions removed" (a family DESIGN.md names) is not
 * generated: removing restrictions honestly needs their spans annotated by hand, independently of
 * the classifier, and the corpus has no such annotation.
 */
final class VariantGenerator {

  /** The seed the report uses unless {@code --seed} says otherwise. */
  static final long DEFAULT_SEED = 20_260_006L;

  /** The report row of the held-out v2 restriction variants. */
  static final String RESTRICTION_V2 = "restriction v2 (held-out)";

  /** The report row of the held-out v2 harmless variants. */
  static final String HARMLESS_V2 = "harmless v2 (held-out)";

  private final long seed;

  VariantGenerator(long seed) {
    this.seed = seed;
  }

  /** Every original in every style, originals in order, styles in declaration order. */
  List<BenchCase> reformatted(List<BenchCase> originals) {
    Random random = new Random(seed);
    List<BenchCase> out = new ArrayList<>();
    for (BenchCase original : originals) {
      for (Reformat style : Reformat.values()) {
        LabelledText o = original.labelled();
        LabelledText variant = new LabelledText(
            o.id() + "/reformat/" + style.slug(), style.apply(o.text(), random), o.gold(), o.tier(),
            o.contested(), o.alternative(), "variant of " + o.id(), style.slug());
        out.add(new BenchCase(variant, BenchCase.Family.REFORMATTED,
            List.of("reformatted", "reformatted: " + style.slug()), original.knownId(),
            Optional.of(o.id()), Optional.empty()));
      }
    }
    return out;
  }

  /** Restriction sentences inserted into each base at each position; gold USE_RESTRICTED. */
  List<BenchCase> restrictionInserted(List<BenchCase> bases, List<Phrasing> restrictions) {
    return inserted(bases, restrictions, BenchCase.Family.RESTRICTION, "restriction inserted",
        "insert", LicenseClass.USE_RESTRICTED, 1);
  }

  /** Harmless mentions inserted into each base at each position; gold OSD_COMPATIBLE. */
  List<BenchCase> mentions(List<BenchCase> bases, List<Phrasing> mentions) {
    return inserted(bases, mentions, BenchCase.Family.MENTION, "harmless mention", "mention",
        LicenseClass.OSD_COMPATIBLE, 2);
  }

  /** Held-out v2 restriction sentences inserted into each base at each position; gold USE_RESTRICTED. */
  List<BenchCase> restrictionV2(List<BenchCase> bases, List<Phrasing> restrictions) {
    return inserted(bases, restrictions, BenchCase.Family.RESTRICTION_V2, RESTRICTION_V2, "insert-v2",
        LicenseClass.USE_RESTRICTED, 3);
  }

  /** Held-out v2 harmless sentences inserted into each base at each position; gold OSD_COMPATIBLE. */
  List<BenchCase> harmlessV2(List<BenchCase> bases, List<Phrasing> harmless) {
    return inserted(bases, harmless, BenchCase.Family.HARMLESS_V2, HARMLESS_V2, "harmless-v2",
        LicenseClass.OSD_COMPATIBLE, 4);
  }

  /** The bases for insertion: uncontested OSD_COMPATIBLE SPDX originals, in order. */
  static List<BenchCase> insertionBases(List<BenchCase> originals) {
    return originals.stream()
        .filter(c -> c.family() == BenchCase.Family.SPDX)
        .filter(c -> c.labelled().gold() == LicenseClass.OSD_COMPATIBLE && !c.labelled().contested())
        .toList();
  }

  private List<BenchCase> inserted(List<BenchCase> bases, List<Phrasing> phrasings,
      BenchCase.Family family, String group, String tag, LicenseClass gold, int stream) {
    List<BenchCase> out = new ArrayList<>();
    for (Insertion position : Insertion.values()) {
      List<Phrasing> deck = new ArrayList<>(phrasings);
      // One shuffle per family and position, so no phrasing is tied to one position.
      Collections.shuffle(deck, new Random(seed * 31 + stream * 7L + position.ordinal()));
      for (int i = 0; i < bases.size(); i++) {
        BenchCase base = bases.get(i);
        Phrasing p = deck.get(i % deck.size());
        Insertion.Inserted ins = position.insert(base.text(), p.sentence());
        LabelledText variant = new LabelledText(
            base.id() + "/" + tag + "/" + p.id() + "/" + position.slug(), ins.text(), gold,
            Optional.empty(), false, Optional.empty(), "variant of " + base.id(), p.sentence());
        out.add(new BenchCase(variant, family, List.of(group, group + ": " + position.slug()),
            base.knownId(), Optional.of(base.id()), Optional.of(p)));
      }
    }
    return out;
  }
}
