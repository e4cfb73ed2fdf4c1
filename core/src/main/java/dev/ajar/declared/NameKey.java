package dev.ajar.declared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * License names reduced to lookup keys, so that the ways people write one name meet: "Apache
 * License, Version 2.0", "Apache 2.0", "apache-2.0" and "Apache License 2" all have the key {@code
 * apache 2}; "GPLv3", "GPL v3" and "GPL-3.0" have {@code gpl 3}; "GPL-2.0+" has {@code gpl 2 +}.
 *
 * <p>The rules, in order: lower case; words are runs of letters, runs of digits, or a {@code +};
 * everything else separates; a letter run ending in {@code v} right before digits loses the
 * {@code v} ({@code gplv3}); the words {@code the}, {@code version}, {@code v}, {@code license}
 * and {@code licence} are dropped; a final {@code 0} after a number is dropped ({@code 2.0} is
 * {@code 2}, {@code 2.0.1} stays {@code 2 0 1}).
 *
 * <p>Reading a name out of running text ({@link #words}) stops at what ends a name: a semicolon,
 * a bracket, a pipe, a blank line, or a full stop before a space (except after {@code v}, as in
 * "v. 2.0"). Words are read lazily, only as far as a lookup asks, so probing a text at many
 * places stays cheap. Stateless and thread-safe; a {@link Words} belongs to one thread.
 */
final class NameKey {

  /** Words read from running text at most: longer than any name, short enough to be cheap. */
  static final int MAX_WORDS = 24;

  private static final Set<String> DROPPED = Set.of("the", "version", "v", "license", "licence");

  private NameKey() {}

  /**
   * One word of a name and where it stands.
   *
   * @param key the word as it counts in a key (lower case, {@code v} stripped)
   * @param start index of its first char in the text
   * @param end index after its last char
   * @param kept whether it counts in the key, rather than being one of the dropped words
   */
  record Word(String key, int start, int end, boolean kept) {}

  /**
   * A name found at some word: what it resolves to, where it ends, and how many words it took
   * (counting the dropped words after it that {@link #longestPrefix} quotes too).
   */
  record Match<V>(V value, int end, int words) {}

  /** The key of {@code name}, read whole (stop characters do not stop it). */
  static String of(CharSequence name) {
    Words words = new Words(name, 0, name.length(), false, Integer.MAX_VALUE);
    StringBuilder key = new StringBuilder();
    for (int k = 0; words.get(k) != null; k++) {
      if (words.get(k).kept) {
        key.append(key.length() == 0 ? "" : " ").append(words.get(k).key);
      }
    }
    return key.toString();
  }

  /** The words of running text from {@code from}, up to {@code to}, the first stop or {@link #MAX_WORDS}. */
  static Words words(CharSequence text, int from, int to) {
    return new Words(text, from, to, true, MAX_WORDS);
  }

  /**
   * The longest run of words from the {@code first} whose key {@code lookup} knows (null for
   * unknown), extended over the dropped words "license", "v" and "0" that directly follow it (so
   * "MIT License" is all quoted). Stops as soon as the key so far begins no known key ({@code
   * isPrefix}), so probing prose costs a word or two.
   */
  static <V> Optional<Match<V>> longestPrefix(
      Words words, int first, Function<String, V> lookup, Predicate<String> isPrefix) {
    StringBuilder key = new StringBuilder();
    Match<V> best = null;
    for (int i = first; words.get(i) != null; i++) {
      Word w = words.get(i);
      if (!w.kept) {
        continue;
      }
      key.append(key.length() == 0 ? "" : " ").append(w.key);
      String k = key.toString();
      if (!isPrefix.test(k)) {
        break;
      }
      V value = lookup.apply(k);
      if (value != null) {
        int last = i;
        while (words.get(last + 1) != null && !words.get(last + 1).kept
            && !words.get(last + 1).key.equals("the") && !words.get(last + 1).key.equals("version")) {
          last++;
        }
        best = new Match<>(value, words.get(last).end, last + 1 - first);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every key that {@code key} begins, word by word: "gnu general public 3" gives "gnu", ... */
  static List<String> prefixes(String key) {
    List<String> out = new ArrayList<>();
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      out.add(key.substring(0, i));
    }
    out.add(key);
    return out;
  }

  /** The words of a stretch of text, tokenised on demand. */
  static final class Words {
    private final CharSequence s;
    private final int to;
    private final boolean stops;
    private final int max;
    private final List<String> raw = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private int pos;
    private boolean done;

    private Words(CharSequence s, int from, int to, boolean stops, int max) {
      this.s = s;
      this.pos = from;
      this.to = Math.min(to, s.length());
      this.stops = stops;
      this.max = max;
    }

    /** The {@code k}-th word, or null if the stretch has fewer. */
    Word get(int k) {
      // A word's form depends on its neighbours, so read one raw word beyond it.
      while (!done && raw.size() < k + 2) {
        readRaw();
      }
      while (words.size() <= k && words.size() < raw.size()) {
        words.add(cook(words.size()));
      }
      return k < words.size() ? words.get(k) : null;
    }

    private Word cook(int k) {
      String w = raw.get(k);
      boolean beforeNumber = k + 1 < raw.size() && isNumber(raw.get(k + 1));
      if (w.length() > 1 && w.endsWith("v") && beforeNumber && Character.isLetter(w.charAt(0))) {
        w = w.substring(0, w.length() - 1);
      }
      boolean trailingZero = w.equals("0") && k > 0 && isNumber(raw.get(k - 1)) && !beforeNumber;
      return new Word(w, spans.get(k)[0], spans.get(k)[1], !DROPPED.contains(w) && !trailingZero);
    }

    private void readRaw() {
      while (pos < to && raw.size() < max) {
        char c = s.charAt(pos);
        int start = pos;
        if (Character.isLetter(c)) {
          while (pos < to && Character.isLetter(s.charAt(pos))) {
            pos++;
          }
        } else if (c >= '0' && c <= '9') {
          while (pos < to && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
          }
        } else if (c == '+') {
          pos++;
        } else {
          if (stops && isStop(pos)) {
            break;
          }
          pos++;
          continue;
        }
        raw.add(s.subSequence(start, pos).toString().toLowerCase(Locale.ROOT));
        spans.add(new int[] {start, pos});
        return;
      }
      done = true;
    }

    private boolean isStop(int i) {
      char c = s.charAt(i);
      switch (c) {
        case ';': case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
        case '|':
          return true;
        case '.':
          String last = raw.isEmpty() ? "" : raw.get(raw.size() - 1);
          return (i + 1 >= to || Character.isWhitespace(s.charAt(i + 1)))
              && !last.equals("v") && !last.equals("ver");
        case '\n':
          int j = i + 1;
          while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
            j++;
          }
          return j < to && s.charAt(j) == '\n';
        default:
          return false;
      }
    }
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
  }
}
