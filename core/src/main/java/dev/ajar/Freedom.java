package dev.ajar;

/**
 * What a rights table says about the two freedoms the Open Source Definition turns on:
 * modification (criterion 3) and redistribution (criterion 1). A limit on use alone (a field,
 * evaluation, internal use) with both freedoms granted to everyone narrows the field of use; the
 * same limit on modification or redistribution withholds the freedom.
 */
enum Freedom {
  /** Both granted to everyone, without a limit. */
  OPEN,
  /** Both granted, but some right only within a field, purpose or user group. */
  FIELD_LIMITED,
  /**
   * Modification granted to everyone, redistribution never mentioned, and no right denied or
   * limited: the informal notice ("You may freely use or modify this code provided this
   * copyright is included in all derived versions"). Open when nothing else in the text is
   * proprietary.
   */
  MODIFY_ONLY,
  /** One is denied, held to a freedom-withholding limit, or stated for the other alone. */
  WITHHELD,
  /** Neither is stated. */
  UNSTATED;

  /**
   * Redistribution "in source and binary forms" hands over the source to change: old BSD-style
   * notices grant modification that way without naming it.
   */
  private static boolean impliesModification(RightsTable t) {
    RightEntry r = t.entry(Right.REDISTRIBUTE);
    return r.status() == RightStatus.GRANTED
        && r.evidence().map(e -> e.text().toLowerCase(java.util.Locale.ROOT).contains("source"))
            .orElse(false);
  }

  /**
   * What {@code t} says of the two freedoms.
   *
   * @param forbids whether the text forbids or narrows anything, in words the table may not
   *     show as a right ("You may not sublicense ... except to your affiliates", "The license
   *     does not allow:"); such a text is never {@link #MODIFY_ONLY}
   */
  static Freedom of(RightsTable t, boolean forbids) {
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
        // Use held to evaluation or internal use, with modification and sharing granted to
        // everyone, limits the field of use; the same limit on either freedom withholds it.
        if (r != Right.USE && e.limits().stream().anyMatch(l -> !l.narrowsField())) {
          return WITHHELD;
        }
        fieldLimited = true;
      }
    }
    if (modify == RightStatus.UNSTATED && redistribute == RightStatus.UNSTATED) {
      return UNSTATED;
    }
    // Modification granted and sharing never spoken of, in a text that forbids nothing: the
    // informal notice ("free to use/modify this code but leave this header intact"). Changing
    // the work is what it is about: in ScanCode's tuning folds, the 18 texts this reads open
    // are open by ScanCode or the reviewed labels, and the two closed ones it read open before
    // the forbids test each forbid something.
    if (modify == RightStatus.GRANTED && redistribute == RightStatus.UNSTATED && !forbids
        && !fieldLimited && t.entries().stream().noneMatch(e -> e.status() == RightStatus.DENIED)) {
      return MODIFY_ONLY;
    }
    // One freedom granted and the other not mentioned: firmware and freeware notices grant
    // redistribution and say nothing of modification. Without a grant there is no right, so the
    // text is not open (old notices that grant by implication are the price of this rule).
    if (modify == RightStatus.UNSTATED && !impliesModification(t)
        || redistribute == RightStatus.UNSTATED) {
      return WITHHELD;
    }
    if (t.status(Right.USE) == RightStatus.DENIED) {
      return WITHHELD;
    }
    return fieldLimited ? FIELD_LIMITED : OPEN;
  }
}
