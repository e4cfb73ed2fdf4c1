package dev.ajar.corpus;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The license categories of ScanCode LicenseDB that Ajar reads, with ScanCode's own spelling.
 *
 * <p>ScanCode has more categories ({@code CLA}, {@code Patent License}, {@code Unstated License},
 * {@code Unknown}); they classify agreements and references rather than license texts, and {@link
 * ScanCodeLicenseDb} skips their records and says so.
 *
 * @since 0.1
 */
public enum ScanCodeCategory {
  /** Permissive: few conditions beyond notices. Open. */
  PERMISSIVE("Permissive", true),
  /** Copyleft: derivatives under the same terms. Open. */
  COPYLEFT("Copyleft", true),
  /** Copyleft Limited: file- or library-level copyleft. Open. */
  COPYLEFT_LIMITED("Copyleft Limited", true),
  /** Public Domain: a dedication or waiver. Open. */
  PUBLIC_DOMAIN("Public Domain", true),
  /** Commercial: paid or negotiated terms. Not open. */
  COMMERCIAL("Commercial", false),
  /** Free Restricted: free of charge with limits on use (non-commercial, field, users). Not open. */
  FREE_RESTRICTED("Free Restricted", false),
  /** Proprietary Free: free of charge, no general right to redistribute or modify. Not open. */
  PROPRIETARY_FREE("Proprietary Free", false),
  /** Source-available: source visible under terms the OSD does not allow. Not open. */
  SOURCE_AVAILABLE("Source-available", false);

  private final String label;
  private final boolean open;

  ScanCodeCategory(String label, boolean open) {
    this.label = label;
    this.open = open;
  }

  /** The category as ScanCode writes it in a record's {@code category} field. */
  public String label() {
    return label;
  }

  /**
   * Whether ScanCode's category means an open license: true for Permissive, Copyleft, Copyleft
   * Limited and Public Domain, false for the other four.
   */
  public boolean isOpen() {
    return open;
  }

  /**
   * The category ScanCode spells {@code label} (exactly, case included), or empty if it is not one
   * of these eight.
   *
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<ScanCodeCategory> ofLabel(String label) {
    requireNonNull(label, "label is null");
    for (ScanCodeCategory c : values()) {
      if (c.label.equals(label)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
