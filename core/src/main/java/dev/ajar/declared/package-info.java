/**
 * Internal: license declarations in a text (SPDX-License-Identifier lines, license fields of
 * manifests and model cards, license names after "Licensed under", known license URLs), the SPDX
 * expression parser, and their resolution to ids and classes; {@link
 * dev.ajar.declared.Declarations} is the entry point. Not an API, may change without notice.
 */
package dev.ajar.declared;
