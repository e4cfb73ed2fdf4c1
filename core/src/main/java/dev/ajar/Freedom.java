package dev.ajar;

/**
 * What a rights table says about the two freedoms the Open Source Definition turns on:
 * modification (criterion 3) and redistribution (criterion 1), and whether use is held to a
 * freedom-withholding limit (evaluation, internal, personal, a period).
 */
enum Freedom {
  /** Both granted to everyone, without a limit. */
  OPEN,
  /** Both granted, but some right only within a field, purpose or user group. */
  FIELD_LIMITED,
  /** One is denied, held to a freedom-withholding limit, or stated for the other alone. */
  WITHHELD,
  /** Neither is stated. */
  UNSTATED;

  static Freedom of(RightsTable t) {
    RightStatus modify = t.status(Right.MODIFY);
    RightStatus redistribute = t.status(Right.REDISTRIBUTE);
    boolean fieldLimited = false;
    // Copying is judged through redistribution: GPL grants verbatim copies in one section and
    // modified ones in another.
    for (Right r : new Right[] {Right.USE, Right.MODIFY, Right.REDISTRIBUTE}) {
      RightEntry e = t.entry(r);
      if (e.status() == RightStatus.DENIED && r != Right.USE) {
        return WITHHELD;
      }
      if (e.status() == RightStatus.LIMITED) {
        if (e.limits().stream().anyMatch(l -> !l.narrowsField())) {
          return WITHHELD;
        }
        fieldLimited = true;
      }
    }
    if (modify == RightStatus.UNSTATED && redistribute == RightStatus.UNSTATED) {
      return UNSTATED;
    }
    // One freedom granted and the other not mentioned: old permissive notices ("may be
    // redistributed freely") grant by implication; nothing withholds the other.
    if (t.status(Right.USE) == RightStatus.DENIED) {
      return WITHHELD;
    }
    return fieldLimited ? FIELD_LIMITED : OPEN;
  }
}
