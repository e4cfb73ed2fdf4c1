package dev.ajar.text;

/**
 * A word of the text: its index term (lower-cased, stemmed) and its span in the original text.
 *
 * @param term the index term
 * @param start index of the first char, inclusive
 * @param end index after the last char, exclusive
 * @param sentence the index of the sentence that holds it
 * @param lower the word in lower case before stemming ({@link String#toLowerCase(java.util.Locale)}
 *     in the root locale; a word joined across a line break without its hyphen), shared by every
 *     token of the same word where the tokenizer's cache holds it
 */
public record Token(String term, int start, int end, int sentence, String lower) {

  /**
   * The sentence of token {@code i} of {@code tokens}. From the tokenizer's own list it is read
   * without making the token: loops that find where each sentence's tokens end ask it of every
   * token.
   */
  public static int sentenceOf(java.util.List<Token> tokens, int i) {
    return tokens instanceof TokenList list ? list.sentence(i) : tokens.get(i).sentence();
  }
}
