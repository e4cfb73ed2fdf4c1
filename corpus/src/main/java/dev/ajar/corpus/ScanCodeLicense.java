package dev.ajar.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One license record of ScanCode LicenseDB, reduced to what Ajar measures against.
 *
 * <p>Instances are immutable and null-free. Equality is component-wise.
 *
 * @param key ScanCode's license key, e.g. {@code 3com-microcode}; also the record's file name
 *     without {@code .yml}; never blank
 * @param name ScanCode's full name of the license; never blank
 * @param category ScanCode's category
 * @param spdxId the SPDX license id, e.g. {@code Apache-2.0}; empty when ScanCode gives only a
 *     {@code LicenseRef-} reference (a license the SPDX License List does not have) or no SPDX key
 * @param language the language of the text as ScanCode records it ({@code en} when the record says
 *     nothing)
 * @param text the license text exactly as the record holds it; never blank
 * @param notes ScanCode's notes on the record; empty when it has none
 * @since 0.1
 */
public record ScanCodeLicense(
    String key,
    String name,
    ScanCodeCategory category,
    Optional<String> spdxId,
    String language,
    String text,
    String notes) {

  /** The prefix of SPDX references to licenses that are not on the SPDX License List. */
  public static final String LICENSE_REF = "LicenseRef-";

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code key}, {@code name}, {@code language} or {@code text}
   *     is blank, or {@code spdxId} is blank or starts with {@value #LICENSE_REF}
   */
  public ScanCodeLicense {
    requireNonNull(key, "key is null");
    requireNonNull(name, "name is null");
    requireNonNull(category, "category is null");
    requireNonNull(spdxId, "spdxId is null");
    requireNonNull(language, "language is null");
    requireNonNull(text, "text is null");
    requireNonNull(notes, "notes is null");
    checkArgument(!key.isBlank(), "key is blank");
    checkArgument(!name.isBlank(), "%s: name is blank", key);
    checkArgument(!language.isBlank(), "%s: language is blank", key);
    checkArgument(!text.isBlank(), "%s: text is blank", key);
    checkArgument(spdxId.isEmpty() || !spdxId.get().isBlank(), "%s: spdxId is blank", key);
    checkArgument(spdxId.isEmpty() || !spdxId.get().startsWith(LICENSE_REF),
        "%s: spdxId %s is a LicenseRef, not an SPDX id", key, spdxId.orElse(""));
  }

  /** Whether the SPDX License List has this license ({@link #spdxId()} is present). */
  public boolean hasSpdxId() {
    return spdxId.isPresent();
  }
}
