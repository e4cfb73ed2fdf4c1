package dev.ajar;

/**
 * What a {@link Classification}'s class rests on.
 *
 * @since 0.2
 */
public enum Basis {
  /** The text's own clauses, read as an unseen license would be. */
  CLAUSES,
  /** An unedited (or barely edited) known license text, whose known class the text takes. */
  KNOWN_TEXT,
  /**
   * What the text declares ({@code SPDX-License-Identifier: MIT}, a license URL or name, a
   * manifest or model-card field) rather than terms it states: the class is the declared
   * license's, see {@link Classification#declared()}.
   */
  DECLARATION,
  /**
   * Talk about licenses: the text names licenses or carries sentences a license would, but only
   * talks about them (a news article, a blog post, an issue thread, a changelog, a model card's
   * prose about intended use): nothing in its own voice binds, so the class is {@link
   * LicenseClass#NOT_A_LICENSE}. Its findings are kept to show what was talked about (all but
   * the document model's, which judged it as a license); none of them decides, and it has no rights, restrictions, tier, OSD conflicts or expression. A
   * license it names in passing is a mention, not a declaration; a declaration a document of
   * this kind still makes on its own (a card's {@code license:} field, an SPDX line) decides
   * instead, with {@link #DECLARATION}.
   *
   * @since 0.2
   */
  DESCRIPTION,
  /**
   * Nothing: the text states and declares no license, and nothing in it reads as talk about one
   * (a README, source code, a recipe, blank text).
   */
  NONE
}
