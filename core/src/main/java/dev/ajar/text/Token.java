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

  /**
   * Where the sentence of token {@code from} ends: the index after its last token, at most
   * {@code limit}. Walking a text sentence by sentence with it makes no token records.
   *
   * @param tokens the tokens, in order
   * @param from a token index below {@code limit}
   * @param limit an index no greater than {@code tokens.size()}
   * @return the end, in ({@code from}, {@code limit}]
   */
  public static int sentenceEnd(java.util.List<Token> tokens, int from, int limit) {
    int s = sentenceOf(tokens, from);
    int to = from + 1;
    while (to < limit && sentenceOf(tokens, to) == s) {
      to++;
    }
    return to;
  }
}
