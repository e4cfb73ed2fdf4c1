package dev.ajar.rights;

import dev.ajar.Limit;
import dev.ajar.Right;
import dev.ajar.text.Tokenizer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reader's closed word classes. Two kinds: function words that carry the structure (modals,
 * negators, "only", "except"), matched by their lower-case form; and the verbs and nouns of each
 * right, matched by stem (written here in plain words and stemmed as the tokenizer stems text, so
 * both sides agree). None of these lists decides whether a sentence binds: that comes from the
 * structure; they name which right, and which limit.
 */
final class Lexicon {

  private Lexicon() {}

  static final Set<String> MODALS =
      words("shall", "must", "may", "will", "can", "could", "might", "cannot", "would", "should");

  /** Modals that oblige or permit; "should" and "would" only advise or wish. */
  static final Set<String> BINDING_MODALS = words("shall", "must", "may", "will", "can", "cannot");

  static final Set<String> NEGATORS =
      words("not", "never", "no", "nor", "neither", "none", "nobody", "cannot", "nothing");

  /** Words after "not" that undo the negation ("not limited to", "not only", "whether or not"). */
  static final Set<String> NOT_NEGATING_NEXT =
      words("limited", "only", "less", "more", "withstanding", "exceeding", "just", "necessarily",
          "need", "needed", "required", // "do not need to carry the licence": no duty, no ban
          // "places no limit on the fields in which it may be used": a freedom
          "limit", "limits", "limitation", "limitations", "restriction", "restrictions",
          "constraint", "constraints");

  /** Nouns of limiting: "no limit on ...", negated, state a freedom. */
  static final Set<String> LIMIT_NOUNS = words("limit", "limits", "limitation", "limitations",
      "restriction", "restrictions", "constraint", "constraints");

  static final Set<String> BE = words("be", "is", "are", "was", "were", "been", "being");

  /** Coordinating "and"/"or" ("and/or" reaches the reader as the two words). */
  static final Set<String> AND_OR = words("and", "or");

  static final Set<String> PROMISE_VERBS =
      words("agree", "agrees", "undertake", "undertakes", "covenant", "covenants", "promise",
          "promises", "warrant", "warrants", "commit", "commits");

  /** Words that forbid without a negator: "is prohibited", "refrain from". */
  static final Set<String> FORBID_WORDS =
      words("prohibited", "forbidden", "barred", "banned", "disallowed", "proscribed",
          "excluded", "refrain", "abstain", "precluded", "debarred");

  /** Words after "not" that make a prohibition of the words before ("is not permitted"). */
  static final Set<String> PERMIT_PARTICIPLES =
      words("permitted", "allowed", "authorized", "authorised", "licensed", "licenced", "granted",
          "entitled", "permissible", "acceptable", "tolerated");

  static final Set<String> NEGATIVE_SUBJECTS = words("nobody", "none", "neither");

  /** Words that scope a grant to what follows: "only", "solely", "exclusively". */
  static final Set<String> ONLY = words("only", "solely", "exclusively", "strictly", "purely");

  static final Set<String> EXCEPT = words("except", "unless", "excepting", "save");

  static final Set<String> CONDITIONAL =
      words("if", "where", "when", "whenever", "provided", "extent", "unless");

  /**
   * Conditions under which a clause may not apply ("if you do not accept"); unlike {@link
   * #CONDITIONAL} without "provided", since "provided that you do not use it for X" binds.
   */
  static final Set<String> HYPOTHETICAL = words("if", "where", "when", "whenever", "extent", "unless");

  /** Parties that grant rather than receive: "the Licensor may terminate" grants nothing. */
  static final Set<String> GRANTOR_SUBJECTS =
      words("licensor", "licensors", "we", "author", "authors", "owner", "owners", "company",
          "vendor", "supplier", "provider", "publisher", "copyright", "holder", "holders",
          "foundation", "steward", "contributor", "contributors", "developer", "developers", "us");

  /** Non-binding wording: it asks, hopes or recommends. */
  static final Set<String> REQUEST_WORDS =
      words("please", "kindly", "encourage", "encouraged", "hope", "hopes", "appreciate",
          "appreciated", "recommend", "recommended", "recommends", "suggest", "suggested", "urge",
          "invite", "invited", "welcome", "ideally", "preferably", "grateful", "wish", "ask",
          "asks", "request", "requests");

  /** Words of a warranty or liability disclaimer. */
  static final Set<String> DISCLAIM_STEMS =
      stems("warranty warranties warrant liable liability damages indemnify indemnification"
          + " merchantability fitness");

  /** Prohibitions over these objects are conditions the OSD allows. */
  static final Set<String> ALLOWED_OBJECT_STEMS =
      stems("endorse endorsement promote promotion advertising advertise trademark trademarks mark marks logo"
          + " logos misrepresent misrepresented misrepresentation impose imposed notice notices"
          + " remove removed removing delete obscure claim claims misleading mislead distorted"
          + " attribution attributions legend legends restrict restriction restrictions"
          + " technological measures liable name names wrote authorship origin emblem emblems"
          + " insignia crest crests");

  static final Set<String> PERMISSION_STEMS =
      stems("permission consent approval authorization authorisation agreement licence license"
          + " waiver");

  /** "except as provided in this License": the license's own grant governs. */
  static final Set<String> LICENSE_REFERENCE_STEMS =
      stems("provided permitted expressly set forth stated herein hereunder hereof accordance"
          + " disclaimer"
          + " compliance terms license licence agreement described specified allowed authorized"
          + " otherwise subject");

  static final Set<String> GRANT_VERB_STEMS =
      stems("grant grants granted permission permissions permit permits permitted allow allows"
          + " allowed authorize authorizes authorized authorise authorised entitled free freely"
          + " licensed");

  static final Set<String> RIGHT_NOUN_STEMS = stems("right rights licence license permission");

  static final Set<String> DEFINE_WORDS =
      words("means", "mean", "refers", "refer", "defined", "denotes", "designates");

  static final Set<String> THIS_THAT = words("this", "that", "which", "it", "what");

  /** The relative pronouns that open a clause about the noun before them. */
  static final Set<String> THAT_WHICH = words("that", "which");

  /** Determiners that take every one of a kind: "any organisation", "all institutions". */
  static final Set<String> UNIVERSAL_DETERMINERS = words("any", "all", "every", "each");

  /** Possessive determiners: "your own", "in its own name". */
  static final Set<String> POSSESSIVES = words("your", "their", "his", "her", "its", "one's");

  /** The work the license is about: a prohibition over it is a use prohibition. */
  static final Set<String> USE_STEMS =
      stems("use uses used using utilize utilise utilized employ employed deploy deployed"
          + " deploying run running operate operated operating exploit exploited"
          + " incorporate incorporated integrate integrated embed embedded host hosted hosting train"
          + " trained training tune tuned offer offered market marketed install installed execute"
          + " executed leverage");

  /** Legal boilerplate: a "shall not" over these is about law and liability, not a use. */
  static final Set<String> LEGAL_STEMS =
      stems("liability liable damages warranty warranties jurisdiction jurisdictions law laws"
          + " court courts convention construed interpreted governed severable enforceable"
          + " waiver waive remedy remedies terminate termination terminated"
          + " patent patents assert responsible export exports exported reexport import sue suing"
          + " sued lawsuit lawsuits litigation");

  static final Map<Right, Set<String>> RIGHT_STEMS = new EnumMap<>(Right.class);

  static {
    RIGHT_STEMS.put(Right.USE, stems("use uses used using usage utilize utilise run execute"
        + " install perform display operate access"));
    RIGHT_STEMS.put(Right.COPY, stems("copy copies copied copying reproduce reproduced"
        + " reproduction reproductions duplicate duplicated duplication replicate"));
    RIGHT_STEMS.put(Right.MODIFY, stems("modify modifies modified modifying modification"
        + " modifications alter alters altered alteration alterations adapt adapted adaptation"
        + " adaptations translate translated translation translations derivative derivatives"
        + " remix remixed transform transformed change changed changes improve improved"
        + " enhance enhanced customize customized edit edited edits revise revised extend"
        + " extended decompile decompiled disassemble disassembled reverse engineer recompile"
        + " processed process patch patched rework reworked rewrite fork forked tweak tweaked"
        + " finetune tune tuned retrain retrained quantize quantized crop cropped recolour recolor"
        + " recoloured recolored"
        + " resize resized"));
    RIGHT_STEMS.put(Right.REDISTRIBUTE, stems("distribute distributes distributed distributing"
        + " distribution distributions redistribute redistributed redistribution redistributions"
        + " publish published publishing share shared sharing convey conveyed conveying transfer"
        + " transferred transmit transmitted sell sold resell resold propagate propagated"
        + " disseminate disseminated supply supplied circulate upload uploaded reupload"
        + " reuploaded reuploading repost reposted republish republished rehost rehosted"
        + " broadcast"));
    RIGHT_STEMS.put(Right.SUBLICENSE, stems("sublicense sublicensed sublicensing sublicence"
        + " sublicenses"));
    RIGHT_STEMS.put(Right.COMMERCIAL_USE, stems("sell sold resell commercial commercially"
        + " commercialize commercialise monetize monetise rent rented lease leased lend lent"));
  }

  /**
   * For each stem that names a right, the rights it names as bits ({@code 1 << ordinal}): one
   * look-up per word instead of one per right, which is most of the reader's time.
   */
  static final Map<String, Integer> RIGHTS_BY_STEM = rightsByStem();

  private static Map<String, Integer> rightsByStem() {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (Map.Entry<Right, Set<String>> e : RIGHT_STEMS.entrySet()) {
      for (String stem : e.getValue()) {
        out.merge(stem, 1 << e.getKey().ordinal(), (a, b) -> a | b);
      }
    }
    return java.util.Collections.unmodifiableMap(out); // a HashMap looks up faster than Map.copyOf
  }

  /** Words that tie a limit to a purpose, user group, place or form. */
  static final Map<Limit, Set<String>> LIMIT_STEMS = new EnumMap<>(Limit.class);

  static {
    LIMIT_STEMS.put(Limit.BINARY_ONLY, stems("binary binaries object executable executables"
        + " compiled machine readable"));
    LIMIT_STEMS.put(Limit.UNMODIFIED, stems("unmodified verbatim unaltered unchanged original"
        + " intact"));
    LIMIT_STEMS.put(Limit.INTERNAL, stems("internal internally inhouse house organization"
        + " organisation premises"));
    LIMIT_STEMS.put(Limit.EVALUATION, stems("evaluation evaluate evaluating testing demonstration"
        + " demo trial assessment"));
    LIMIT_STEMS.put(Limit.TIME_LIMITED, stems("days day months month weeks week year years period"
        + " expire expires expiry expiration until"));
    LIMIT_STEMS.put(Limit.PERSONAL, stems("personal private individual household"));
    LIMIT_STEMS.put(Limit.WITH_PRODUCT, stems("hardware device devices product products chip"
        + " chips processor processors board boards equipment platform platforms system"
        + " systems adapter adapters controller controllers camera cameras printer printers"));
    LIMIT_STEMS.put(Limit.NON_COMMERCIAL, stems("noncommercial nonprofit nonprofits charitable"));
    LIMIT_STEMS.put(Limit.RESEARCH, stems("research academic scientific educational education"
        + " teaching study studies scholarly instructional classroom"));
    LIMIT_STEMS.put(Limit.USER_THRESHOLD, stems("users user revenue revenues turnover employees"
        + " monthly active annual fewer exceed exceeds exceeding"));
    LIMIT_STEMS.put(Limit.NAMED_USERS, stems("members member customers customer subscribers"
        + " subscriber students student residents citizens licensees partners affiliates"
        + " employees staff"));
  }

  /** What a license asks of a licensee, as nouns: an "only" after one scopes the duty. */
  static final Set<String> DUTY_NOUNS =
      stems("rule rules condition conditions requirement requirements obligation obligations"
          + " duty duties clause provision terms");

  /** Complements after "only" that scope a condition, not a purpose ("only under the terms"). */
  static final Set<String> ONLY_NOT_A_SCOPE =
      words("under", "if", "as", "subject", "when", "where", "after", "upon", "at", "responsible",
          "liable", "one", "once", "applies", "apply", "those", "that", "this", "such", "then",
          "in accordance", "pursuant", "according", "insofar", "so", "until", "provided", "whilst",
          "while", "because");

  /** Words that say what the work is: a prohibition over it forbids a use of it. */
  static final Set<String> WORK_STEMS =
      stems("software program programs model models weights work works code output outputs data"
          + " dataset datasets it them material content font fonts library firmware design designs"
          + " specification plugin script scripts sample samples image images asset assets database"
          + " checkpoint checkpoints artifact artifacts kit template templates");

  /** A clause ends its operative part at a proviso: rights named after it are conditions. */
  static final Set<String> PROVISO = words("provided", "subject", "providing", "conditioned");

  /** A set of words; unlike {@link Set#of}, a word listed twice is no error. */
  static Set<String> words(String... words) {
    return WordSet.of(java.util.Arrays.asList(words));
  }

  /** Stems of the words in {@code words}, split on spaces. */
  static Set<String> stems(String words) {
    Tokenizer t = new Tokenizer();
    Set<String> out = new HashSet<>();
    for (String w : words.split(" +")) {
      out.addAll(t.terms(w));
    }
    return WordSet.of(out);
  }
}
