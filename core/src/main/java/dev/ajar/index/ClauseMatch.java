package dev.ajar.index;

/**
 * One match of a catalog pattern in a text.
 *
 * @param pattern the pattern that matched
 * @param start offset of the first matched word
 * @param end offset after the last matched word
 * @param sentence index of the sentence that holds the match
 */
public record ClauseMatch(ClausePattern pattern, int start, int end, int sentence) {}
