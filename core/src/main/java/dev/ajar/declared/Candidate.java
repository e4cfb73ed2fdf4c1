package dev.ajar.declared;

import dev.ajar.DeclarationKind;

/**
 * A declaration a finder located, before overlapping ones are dropped and the excerpt is cut.
 *
 * @param kind where it was found
 * @param start index of its first char
 * @param end index after its last char, greater than {@code start}
 * @param resolution what it declares
 */
record Candidate(DeclarationKind kind, int start, int end, Resolution resolution) {}
