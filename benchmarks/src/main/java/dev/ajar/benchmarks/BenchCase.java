package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.ajar.corpus.LabelledText;
import java.util.List;
import java.util.Optional;

/**
 * One text the benchmark classifies, with everything needed to score it.
 *
 * @param labelled the text and its gold label; its id is unique across the whole run
 * @param family where the text comes from
 * @param groups the report rows that count this text, most general first (e.g. {@code
 *     "reformatted"}, {@code "reformatted: html"}); never empty
 * @param knownId the SPDX id known-license identification should name: the license's own id for
 *     SPDX texts and for variants of them, empty for other corpora
 * @param sourceId for a variant, the id of the text it was made from
 * @param phrasing for an insertion variant, the sentence inserted; for an article, the sentence quoted
 */
record BenchCase(
    LabelledText labelled,
    Family family,
    List<String> groups,
    Optional<String> knownId,
    Optional<String> sourceId,
    Optional<Phrasing> phrasing) {

  /** Where a text comes from. */
  enum Family {
    /** A text of the SPDX License List, as shipped. */
    SPDX,
    /** A text of a {@code *.txt + labels.tsv} corpus directory, as written. */
    CORPUS,
    /** A text of either kind in another layout; gold is the source's. */
    REFORMATTED,
    /** An OSD_COMPATIBLE SPDX text with one restriction sentence inserted; gold USE_RESTRICTED. */
    RESTRICTION,
    /** An OSD_COMPATIBLE SPDX text with one harmless topic mention inserted; gold OSD_COMPATIBLE. */
    MENTION,
    /** As {@link #RESTRICTION}, with a held-out v2 sentence: no report shows it or its errors. */
    RESTRICTION_V2,
    /** As {@link #MENTION}, with a held-out v2 harmless sentence: no report shows it or its errors. */
    HARMLESS_V2,
    /**
     * A notice file of 2 to 10 SPDX texts between rule lines; gold OSD_COMPATIBLE, or
     * USE_RESTRICTED when one member is restrictive.
     */
    BUNDLE,
    /** One SPDX text 2 to 10 times between rule lines; gold the text's. */
    REPEATED,
    /** A model card with a restrictive SPDX text under its License heading; gold USE_RESTRICTED. */
    CARD,
    /** A news article quoting one restriction sentence; gold NOT_A_LICENSE. */
    ARTICLE;

    /** Whether texts of this family were generated from another text. */
    boolean isVariant() {
      return this != SPDX && this != CORPUS;
    }

    /**
     * Whether the family's inserted sentences are held out from tuning: reports give their figures
     * per group, never the sentences, the texts' errors or their findings.
     */
    boolean isHeldOut() {
      return this == RESTRICTION_V2 || this == HARMLESS_V2;
    }
  }

  BenchCase {
    requireNonNull(labelled, "labelled");
    requireNonNull(family, "family");
    groups = List.copyOf(groups);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("no groups for " + labelled.id());
    }
    requireNonNull(knownId, "knownId");
    requireNonNull(sourceId, "sourceId");
    requireNonNull(phrasing, "phrasing");
  }

  /** Shorthand for {@code labelled().id()}. */
  String id() {
    return labelled.id();
  }

  /** Shorthand for {@code labelled().text()}. */
  String text() {
    return labelled.text();
  }
}
