package dev.ajar.index;

/** How the engine uses a catalog pattern's matches. */
public enum PatternRole {
  /** Each match is reported as a finding. */
  FINDING,
  /**
   * A lead-in such as "You agree not to use the Model:" or "Prohibited Uses": never reported
   * itself, it opens a prohibition list in which {@link ClausePattern#listItem() list-item}
   * patterns count.
   */
  LEAD
}
