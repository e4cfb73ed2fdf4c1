package dev.ajar.text;

/**
 * A word of the text: its index term (lower-cased, stemmed) and its span in the original text.
 *
 * @param term the index term
 * @param start index of the first char, inclusive
 * @param end index after the last char, exclusive
 * @param sentence the index of the sentence that holds it
 */
public record Token(String term, int start, int end, int sentence) {}
