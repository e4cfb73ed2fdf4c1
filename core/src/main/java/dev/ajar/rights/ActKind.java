package dev.ajar.rights;

/** What a sentence (or one clause of it) does. */
public enum ActKind {
  /** Grants rights, possibly with limits. */
  GRANT,
  /** Withholds rights: "no right to modify is granted", "you may not redistribute". */
  DENY,
  /** Narrows rights to a purpose, user group, form or period: "may be used only for ...". */
  LIMIT,
  /**
   * Confines every grant of the rights to a purpose, user group, form or period, stated on its
   * own without granting anything: "Permission is limited to flood modelling", "you agree to use
   * the Software only on Globex routers". Unlike a limit inside one of several grants, it narrows
   * them all.
   */
  CONFINE,
  /**
   * A duty on what only a holder of the rights can do, which presupposes them: "Altered versions
   * must be plainly marked as such", "If the file has been modified, a notice must say so". It
   * grants the right by implication when no sentence states it.
   */
  PRESUPPOSE,
  /** Forbids a use, whatever its object: "must not be used to rate restaurant hygiene". */
  PROHIBIT_USE,
  /** Opens a list of prohibited or excluded uses ("The following uses are excluded:"). */
  PROHIBITION_LEAD,
  /** A prohibition the Open Source Definition allows (names, marks, notices, no further terms). */
  ALLOWED_PROHIBITION,
  /** A prohibition with an exception that leaves it to the license's own grant or a condition. */
  EXEMPT,
  /** Defines a term; grants and prohibitions inside a definition bind nobody. */
  DEFINE,
  /** Disclaims warranty or liability, or warns of unsuitability. */
  DISCLAIM,
  /** Asks, hopes or recommends: binds nobody. */
  REQUEST,
  /** Reports what someone else says or what a license does ("according to the new terms"). */
  REPORT,
  /**
   * States that something is free, not forbidden: "No field of use is excluded", "Use by the
   * fossil fuel industry is neither prohibited nor discouraged", "You do not need our permission
   * to run it as a hosted service". A restriction's words there bind nobody.
   */
  FREEDOM
}
