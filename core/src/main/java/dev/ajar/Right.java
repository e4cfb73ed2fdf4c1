package dev.ajar;

/**
 * A freedom a license may grant, one row of the {@link RightsTable}.
 *
 * @since 0.2
 */
public enum Right {
  /** Using, running or executing the work. */
  USE,
  /** Making copies. */
  COPY,
  /** Modifying the work or making derivative works from it. */
  MODIFY,
  /** Giving copies to others: distributing, publishing, sharing, selling. */
  REDISTRIBUTE,
  /** Passing rights on to others under a license of one's own. */
  SUBLICENSE,
  /** Using the work commercially or selling it. */
  COMMERCIAL_USE,
  /** Using the work for any purpose, without a named limit on fields or users. */
  ANY_PURPOSE
}
