package dev.ajar;

/**
 * Where a text declares its license, as opposed to stating its terms.
 *
 * @since 0.1
 */
public enum DeclarationKind {
  /** An {@code SPDX-License-Identifier:} line, in any comment style. */
  SPDX_LINE,
  /** A known license URL: one the SPDX License List gives for a license, or its spdx.org page. */
  URL,
  /** A license's name after a lead-in such as "Licensed under the" ("Apache License, Version 2.0"). */
  NAME,
  /**
   * A manifest or metadata field: {@code License:} headers (Debian, RPM, Python metadata), {@code
   * "license"} in package.json, {@code license = "..."} in Cargo or pyproject files, a pom's {@code
   * <license>} element, a model card's {@code license_name} and {@code license_link}.
   */
  FIELD,
  /** A model card's {@code license:} id (Hugging Face: {@code apache-2.0}, {@code llama3}, ...). */
  HUB_ID
}
