package dev.ajar;

import dev.ajar.learn.DocumentFeatures;
import dev.ajar.text.IgnoreCase;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a document states terms or only talks about them (news, blog posts, issue threads,
 * changelogs, model-card prose), judged on the document as a whole by who speaks and to whom.
 *
 * <p>A license speaks in its own voice: it refers to itself ("this License", "these terms"),
 * grants performatively ("is hereby granted", "Licensor grants you") or addresses its reader with
 * a modal ("you may", "you must not", "you agree") or an informal grant ("I give everybody
 * permission to", "do whatever you like with it"). Writing about licenses quotes such sentences
 * (in quotation marks or {@code >} block quotes), reports them ("the licence says you may not
 * ..."), and refers to licenses in the third person ("the licence", "its terms"); it has the
 * layout of its genre: a model card's front matter, a byline or date line, comments of a thread,
 * version headings of a changelog. A document is descriptive when none of its own sentences binds and it shows at least
 * {@value #MIN_SIGNS} such signs, or when it says by its genre that it grants nothing ("This
 * policy does not itself license any software") and grants nothing in its own voice. Quoted and
 * reported sentences never count as binding, so a
 * license quoted in an article binds nobody; a model card whose license section states terms in
 * its own voice stays binding.
 *
 * <p>Linear in the length; stateless and thread-safe.
 */
final class Discourse {

  /** Signs of writing about licenses a descriptive document shows at least. */
  static final int MIN_SIGNS = 2;

  /** The fewest chars between quotation marks that make a quoted sentence, not a defined term. */
  private static final int MIN_QUOTE = 20;

  /** A block-quote line of a thread or a markdown post. */
  private static final Pattern BLOCK_QUOTE = Pattern.compile("(?m)^[ \\t]*>.*$");

  /**
   * The text pointing at itself or at the work it comes with: a license is the document it is in
   * ("this License", "these terms", "the present Licence") and licenses the thing beside it
   * ("this software", "this work", "this model"). "This file" or "this page" is not enough: a
   * changelog or a README says so too. Every alternative opens with "th" ({@link #binds} tries it
   * only there).
   */
  private static final Pattern SELF =
      Pattern.compile(
          "(?i)\\bthis\\s+(?:public\\s+|software\\s+|permission\\s+|open\\s+)?"
              + "(?:licen[cs]e|agreement|eula|notice|software|work|program|library|material"
              + "|code|package|product|font|data(?:set)?|model|weights|firmware|documentation"
              + "|design|specification)\\b|\\bthese\\s+(?:terms|conditions)\\b"
              + "|\\bthe\\s+present\\s+(?:licen[cs]e|agreement|terms)\\b");

  /** Signs a front-matter block counts for: it alone shows a card or a page, not a license. */
  private static final int FRONT_MATTER_SIGNS = 2;

  /**
   * A performative grant: the sentence does what it says. Every alternative opens with "hereby",
   * "is", "are" or "grant" ({@link #binds} tries it only there).
   */
  private static final Pattern PERFORMATIVE =
      Pattern.compile(
          "(?i)\\bhereby\\b|\\b(?:is|are)\\s+(?:hereby\\s+)?(?:granted|permitted)\\b"
              + "|\\bgrants?\\s+(?:to\\s+)?"
              + "(?:you|licensee|recipient|(?:every|each|any)\\s+[a-z]+)s?\\b");

  /** The reader (or the licensee, the user) addressed with a modal of permission or duty. */
  private static final Pattern READER_MODAL =
      Pattern.compile(
          "(?i)\\b(?:(?:anyone|anybody|everyone|everybody|any\\s+person)\\s+(?:may|shall|must)\\b"
              + "|(?:you|licensees?|the\\s+user)\\s+(?:(?:may|must|shall|can|will)"
              + "(?:\\s+not)?|cannot|can't|agrees?|are\\s+(?:not\\s+)?(?:allowed|permitted|required"
              + "|licensed))\\b)");

  private static final String EVERYONE =
      "(?:you|everybody|everyone|anyone|anybody|all|every\\s+person)";

  /**
   * A grant in the first person or an informal one to the reader: "I give everybody permission
   * to use it", "do whatever you like with them", "feel free to fork it", "you are welcome to".
   */
  private static final Pattern GRANT_TO_READER =
      Pattern.compile(
          "(?i)\\b(?:I|we)\\s+(?:hereby\\s+)?(?:(?:give|grant)\\s+" + EVERYONE
              + "\\s+(?:full\\s+|free\\s+)?(?:permission|the\\s+right|rights"
              + "|an?\\s+(?:free\\s+)?licen[cs]e)"
              + "|(?:allow|permit|license)\\s+" + EVERYONE + "\\s+to\\b)"
              + "|\\bdo\\s+(?:whatever|what|anything)\\s+(?:you|u)\\s+(?:like|want|wish|please)\\b"
              + "|(?:\\bfeel\\s+free|\\b(?:you\\s+are|you're|anyone\\s+is|everyone\\s+is)"
              + "\\s+(?:free|welcome))\\s+to\\s+(?:use|copy|modify|change|share|distribute"
              + "|redistribute|sell|fork|adapt|remix|reuse|include|embed)\\b");

  /**
   * A grant to whoever holds a copy: "Anyone who obtains a copy of this firmware may run it" (not
   * "anyone who downloads it can use it", which a blog post says too).
   */
  private static final Pattern ANYONE_WHO =
      Pattern.compile("(?i)\\b(?:anyone|anybody|any\\s+person|everyone)\\s+who\\s[^.]{0,80}?\\s"
          + "may\\s+(?:use|run|copy|modify|change|distribute|redistribute|share|sell|study)\\b");

  /**
   * Orders that give the work away, one after another: "Take them, sell them, remix them",
   * "run it, change it, sell it". (An article says what a license lets people do; it does not
   * order its reader about.)
   */
  private static final Pattern IMPERATIVE_GRANT =
      Pattern.compile(
          "(?i)(?:^|[.!:;]\\s+|\\n[ \t#*/-]*)(?:take|use|copy|change|modify|sell|share|remix|fork"
              + "|run|hack|rip|redraw|adapt|reuse)\\s+(?:it|them)\\s*,\\s*(?:and\\s+)?[a-z]+"
              + "\\s+(?:it|them)\\b");

  /** An order to the reader about the work: "Do NOT distribute without permission from me." */
  private static final Pattern IMPERATIVE =
      Pattern.compile(
          "(?im)(?:^|[.!:]\\s+)[ \t]*(?:do\\s+not|don'?t|never)\\s+(?:use|copy|modify|change"
              + "|distribute|redistribute|sell|share|publish|remove)\\b");

  /** A verb of saying that frames what follows as someone else's words. */
  private static final Pattern REPORTING =
      Pattern.compile(
          "(?i)\\b(?:say(?:s|ing)?|said|states|stated|reads|wrote|told|argued|claims?|according\\s+to)\\b");

  /** A license referred to in the third person: the one being talked about. */
  private static final Pattern THIRD_PERSON =
      Pattern.compile(
          "\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]|[Tt]hat|\\w+'s)\\s+(?:[a-z-]+\\s+)?"
              + "licen[cs]es?\\b");

  /** Layout lines of an article, a thread or a changelog. */
  private static final Pattern GENRE_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:(?:By|Posted|Published)\\s.*"
              + "|[\\w.-]+\\s+(?:commented|opened|closed)\\b.*"
              + "|#*\\s*\\[?v?\\d+\\.\\d+(?:\\.\\d+)?\\]?\\s*(?:[-(].*)?"
              + "|#+\\s*(?:Added|Changed|Fixed|Removed|Deprecated|Security)\\s*)$");

  /** Genres of writing about rights: what a text calls itself when it is not a license. */
  private static final String GENRE =
      "(?:blog\\s+)?(?:post|policy|page|article|guide|guidance|readme|faq|memo|memorandum"
          + "|procedure|announcement|devlog|newsletter|explainer|summary|overview|website)";

  /**
   * The text says of itself, by its genre, that it grants nothing: "This post does not grant any
   * rights", "This policy does not itself license any software", "Nothing in this post gives
   * anyone permission", "This page is not a license". Every alternative opens with "this" or
   * "nothing": {@link #disowns} tries it only there ({@link #findsWhere}).
   */
  private static final Pattern DISOWNS =
      Pattern.compile(
          "(?i)\\bthis\\s+" + GENRE + "\\s+(?:itself\\s+)?(?:does\\s+not|doesn't|cannot|can't"
              + "|will\\s+not|won't)\\s+(?:itself\\s+)?(?:grant|license|licence|give|confer)\\b"
              + "|\\bnothing\\s+in\\s+this\\s+" + GENRE + "\\s+(?:itself\\s+)?(?:grants|gives"
              + "|licenses|licences|confers)\\b"
              + "|\\bthis\\s+" + GENRE + "\\s+is\\s+not\\s+(?:a|an|itself\\s+a)\\s+licen[cs]e\\b");

  /** A grant in the text's own voice, not negated: what a text that disowns terms lacks. */
  private static final Pattern OWN_GRANT =
      Pattern.compile(
          "(?i)\\b(?:you|anyone|everyone|licensees?)\\s+(?:may|can)\\s+(?!not\\b)(?:use|copy"
              + "|modify|change|distribute|redistribute|share|sell|publish|adapt|run|reuse)\\b"
              + "|\\b(?:is|are)\\s+hereby\\s+granted\\b"
              + "|(?<!\\bno\\s)\\bpermission\\s+is\\s+(?:hereby\\s+)?granted\\b");

  private Discourse() {}

  /** A word broken at a line end (PDF extraction) or by a soft hyphen. */
  private static final Pattern BROKEN_WORD =
      Pattern.compile("(?<=\\p{L})(?:-[ \\t]*\\r?\\n[ \\t]*|\u00ad\\s*)(?=\\p{L})");

  /**
   * Whether {@link #BROKEN_WORD} can match in {@code s}: after a letter, it holds a soft hyphen,
   * or a hyphen followed by blanks and a line break. A necessary condition only, checked in one
   * pass because the regex's look-behind runs at every char and was half the cost of {@link
   * #isDescriptive} on texts that hold no broken word (most of them; a ruled line of hyphens is
   * none, hence the letter).
   */
  private static boolean mayBreakWords(String s) {
    int n = s.length();
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c != '\u00ad' && c != '-' || !mayEndLetter(s.charAt(i - 1))) {
        continue;
      }
      if (c == '\u00ad') {
        return true;
      }
      int j = i + 1;
      while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j++;
      }
      if (j < n && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} may end a letter (\p{L}): it is one, or the second half of a pair. */
  private static boolean mayEndLetter(char c) {
    return Character.isLetter(c) || Character.isLowSurrogate(c);
  }

  /** Whether {@code text} only talks about licenses: nothing in its own voice binds. */
  static boolean isDescriptive(String raw) {
    // Whole words, as the tokenizer reads them; only a yes or no comes out, so offsets may move.
    String text = mayBreakWords(raw) ? BROKEN_WORD.matcher(raw).replaceAll("") : raw;
    String own = ownVoice(text);
    if (disowns(own) && !unreported(OWN_GRANT.matcher(own), own)
        && !unreported(GRANT_TO_READER.matcher(own), own)) {
      // a policy may bind its staff and still license nothing: it says so itself
      return true;
    }
    if (binds(own)) {
      return false;
    }
    return signs(text, own) >= MIN_SIGNS;
  }

  /** Whether {@link #DISOWNS} matches somewhere in {@code own}. */
  private static boolean disowns(String own) {
    return findsWhere(DISOWNS, own, "this", "nothing");
  }

  /**
   * Whether {@code p} matches somewhere in {@code s}, as {@code find()} would tell, trying it only
   * where one of {@code starts} begins a word: every match of {@code p} must begin with a word
   * boundary and one of them (ASCII lower case, matched in any ASCII case, as a {@code (?i)}
   * pattern folds them). A plain scan tries the pattern at every position, a word-boundary test
   * (two Unicode category look-ups) each time, and most texts hold no match or a late one: these
   * scans were most of this class's time, itself a twentieth of a warm run. Transparent bounds let
   * the pattern's word boundary see the char before the start, as a scan of the whole text does.
   */
  private static boolean findsWhere(Pattern p, String s, String... starts) {
    Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      // Every pattern tried so opens with a word boundary and a letter: after an ASCII letter,
      // digit or underscore no boundary falls, and no match begins.
      if (startsOne(s, i, starts) && (i == 0 || !asciiWordChar(s.charAt(i - 1)))
          && m.region(i, n).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is an ASCII letter, digit or underscore: a word char to {@code \b}. */
  private static boolean asciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** Whether one of {@code words} (ASCII lower case) is spelt at {@code at}, in any ASCII case. */
  private static boolean startsOne(String s, int at, String[] words) {
    char c = s.charAt(at);
    char first = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    for (String w : words) {
      // The first letter before the call: at nearly every position no word begins.
      if (w.charAt(0) == first && IgnoreCase.matchesAt(s, w, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The signs of writing about licenses: front matter, genre layout lines, third-person licenses,
   * reports.
   */
  static int signs(String text, String own) {
    int frontMatter = hasFrontMatter(text) ? FRONT_MATTER_SIGNS : 0;
    return frontMatter + count(GENRE_LINE, text) + count(THIRD_PERSON, own) + count(REPORTING, own);
  }

  /** The text with quotations blanked, same length: what the document says in its own voice. */
  static String ownVoice(String text) {
    StringBuilder b = new StringBuilder(text);
    blankQuotations(text, b);
    if (text.indexOf('>') >= 0) { // no block quote without one; the regex costs a pass
      Matcher m = BLOCK_QUOTE.matcher(text);
      while (m.find()) {
        blank(b, m.start(), m.end());
      }
    }
    return b.toString();
  }

  /**
   * Blanks every quotation of at least {@value #MIN_QUOTE} chars within a paragraph: from an
   * opening mark to the next closing one, unless a blank line comes first.
   */
  private static void blankQuotations(String text, StringBuilder b) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '"' && c != '\u201c') {
        continue;
      }
      int j = i + 1;
      while (j < n && !isClosing(text.charAt(j)) && !(text.charAt(j) == '\n' && blankLineAt(text, j))) {
        j++;
      }
      if (j < n && isClosing(text.charAt(j))) {
        if (j - i - 1 >= MIN_QUOTE) {
          blank(b, i, j + 1);
        }
        i = j;
      } else {
        i = j - 1;
      }
    }
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201d' || c == '\u201c';
  }

  /** Whether the line that starts after the newline at {@code i} is blank. */
  private static boolean blankLineAt(String s, int i) {
    for (int k = i + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Whether the text opens with a {@code ---} metadata block closed by another {@code ---} line. */
  private static boolean hasFrontMatter(String text) {
    String head = text.stripLeading();
    if (!head.startsWith("---\n") && !head.startsWith("---\r\n")) {
      return false;
    }
    int close = head.indexOf("\n---", 3);
    return close > 0 && (close + 4 == head.length() || head.charAt(close + 4) == '\n'
        || head.charAt(close + 4) == '\r');
  }

  /**
   * Whether a sentence in the document's own voice binds: the text refers to itself or grants, or
   * addresses the reader with a modal that no verb of saying frames.
   */
  private static boolean binds(String own) {
    if (findsWhere(SELF, own, "th")
        || findsWhere(PERFORMATIVE, own, "hereby", "is", "are", "grant")) {
      return true;
    }
    return unreported(IMPERATIVE.matcher(own), own) || unreported(READER_MODAL.matcher(own), own)
        || unreported(IMPERATIVE_GRANT.matcher(own), own)
        || unreported(GRANT_TO_READER.matcher(own), own)
        || unreported(ANYONE_WHO.matcher(own), own);
  }

  /**
   * Whether some match of {@code m} stands in a sentence that does not report it: no verb of
   * saying between the sentence's start and the match's end. (An imperative's match begins with
   * the previous sentence's full stop, so the match's end, not its start, places it.)
   */
  private static boolean unreported(Matcher m, String own) {
    while (m.find()) {
      int sentence = sentenceStart(own, m.end());
      if (!REPORTING.matcher(own).region(sentence, m.end()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Where the sentence holding {@code at} begins: after the last full stop or blank line. */
  private static int sentenceStart(String s, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(s.charAt(i + 1))
          || c == '\n' && s.charAt(i - 1) == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * {@code c} as text that states no terms: NOT_A_LICENSE with {@link Basis#DESCRIPTION}, so a
   * reader sees that the text was judged talk, not found empty; its findings are kept (they show
   * what was talked about) but none decides, and there is no right, restriction, tier or conflict.
   */
  static Classification talk(Classification c) {
    // The document model judged the text as a license; as talk it is none, so its judgement goes.
    List<Finding> findings = c.findings().stream()
        .filter(f -> !DocumentFeatures.isJudgement(f)).toList();
    return new Classification(LicenseClass.NOT_A_LICENSE, TALK_CONFIDENCE, findings,
        java.util.Set.of(), java.util.Optional.empty(), java.util.Set.of(), c.closestLicense(),
        RightsTable.EMPTY, c.declared(), Basis.DESCRIPTION);
  }

  /** Confidence that a descriptive text is no license: its layout and voice say so. */
  static final double TALK_CONFIDENCE = 0.7;

  private static void blank(StringBuilder b, int start, int end) {
    for (int i = start; i < end; i++) {
      if (b.charAt(i) != '\n') {
        b.setCharAt(i, ' ');
      }
    }
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
