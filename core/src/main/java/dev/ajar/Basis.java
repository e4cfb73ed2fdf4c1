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
  /** Nothing: the text states and declares no license. */
  NONE
}
