package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Right;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists: a lead-in ("You may:", a bare heading "YOU MAY NOT") gives its items their force, and
 * an item's number ("(2)") is not its verb. Examples and counter-examples in our own words.
 */
class ListLeadTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  private static List<Act> acts(String raw) {
    String text = Normalizer.normalize(raw);
    List<Sentence> sentences = SPLITTER.split(text);
    return SentenceReader.read(text, sentences, new Tokenizer().tokens(text, sentences));
  }

  /** Asserts the kinds (and rights) of the acts read in {@code text}, in order. */
  private static void assertKinds(String text, String... expected) {
    List<Act> acts = acts(text);
    assertEquals(List.of(expected), kinds(acts), acts::toString);
  }

  private static List<String> kinds(List<Act> acts) {
    return acts.stream().map(a -> a.kind() + (a.rights().isEmpty() ? "" : a.rights().toString())).toList();
  }

  @Test
  void aBareHeadingOpensAListOfDenials() {
    assertEquals(List.of("PROHIBITION_LEAD", "ALLOWED_PROHIBITION", "DENY[REDISTRIBUTE]"),
        kinds(acts("YOU MAY NOT\n(1) Remove this notice.\n(2) Re-distribute this code or any part of it.\n")));
  }

  @Test
  void youMayWithAColonGrantsItsItems() {
    List<Act> acts = acts("You may:\n\ncopy the program;\nchange the program;\nshare the program with anyone.\n");
    assertEquals(List.of("GRANT[COPY]", "GRANT[MODIFY]", "GRANT[REDISTRIBUTE]"), kinds(acts));
  }

  @Test
  void aGrantToDoTheFollowingGrantsItsItems() {
    List<Act> acts = acts("The Licensor grants you a worldwide, sublicensable license to do the following:\n\n"
        + "a) to reproduce the program;\nb) to modify the program;\nc) to distribute copies of the program.\n");
    assertEquals(List.of("GRANT[SUBLICENSE]", "GRANT[COPY]", "GRANT[MODIFY]", "GRANT[COPY, REDISTRIBUTE]"),
        kinds(acts));
  }

  @Test
  void aLimitAmongAGrantsConditionsNarrowsTheGrant() {
    List<Act> numbered = acts("Use and redistribution in source and binary forms, with or without"
        + " modification, are permitted provided that these conditions are met:\n\n"
        + "1. Redistributions must keep the above notice.\n"
        + "2. The software is used solely for noncommercial purposes.\n");
    assertEquals(List.of("GRANT[USE, MODIFY, REDISTRIBUTE]", "CONFINE[USE]"), kinds(numbered).stream()
        .filter(k -> !k.startsWith("ALLOWED")).toList(), numbered::toString);
    List<Act> unnumbered = acts("The Author grants you a right to use, modify and distribute the code"
        + " provided that you:\n\ndistribute the code only in conjunction with your own product;\n\n"
        + "keep this notice.\n");
    assertEquals(ActKind.CONFINE, unnumbered.get(1).kind(), unnumbered::toString);
  }

  @Test
  void aLeadWithAnAdverbialBeforeItsColonGrantsItsItems() {
    assertKinds("Any person may, without charge and without asking us:\n\n"
        + "- copy the Guide;\n- adapt it;\n- publish it.\n",
        "GRANT[COPY]", "GRANT[MODIFY]", "GRANT[REDISTRIBUTE]");
  }

  @Test
  void aLeadInWithAParenthesisStillGrantsItsItems() {
    List<Act> acts = acts("Any person or club may, at no cost and for any purpose (teaching,"
        + " touring, racing or otherwise):\n\n(a) copy the Handbook;\n(b) adapt it;\n(c) publish it.\n");
    assertEquals(List.of("GRANT[USE, ANY_PURPOSE]", "GRANT[COPY]", "GRANT[MODIFY]",
        "GRANT[REDISTRIBUTE]"), kinds(acts),
        acts::toString);
    // Not a lead-in: the sentence goes on to a verb that names no right.
    assertTrue(kinds(acts("Any member may, at the meeting of the club held each spring in the"
        + " village hall, propose a change.\n")).stream().noneMatch(k -> k.startsWith("GRANT")));
  }

  @Test
  void aGrantDuringADefinedTermOfCountedDaysIsTimeLimited() {
    List<Act> counted = acts("1. \"Loan Period\" means the sixty (60) days after the Archive sends"
        + " the files.\n2. During the Loan Period, the Archive grants you a license to copy, adapt"
        + " and share the Recordings.\n");
    Act grant = counted.get(counted.size() - 1);
    assertEquals(Set.of(dev.ajar.Limit.TIME_LIMITED), grant.limits(), counted::toString);
    // A term that counts nothing ("while this license is in force") limits nothing.
    List<Act> open = acts("1. \"Loan Period\" means the time during which this license is in"
        + " force.\n2. During the Loan Period, the Archive grants you a license to copy, adapt"
        + " and share the Recordings.\n");
    assertEquals(Set.of(), open.get(open.size() - 1).limits(), open::toString);
  }

  /** The limits of the last act read in {@code text}. */
  private static Set<dev.ajar.Limit> lastLimits(String text) {
    List<Act> acts = acts(text);
    return acts.get(acts.size() - 1).limits();
  }

  @Test
  void aGranteeOrRecipientDefinedAsAClosedCircleLimitsTheGrant() {
    Set<dev.ajar.Limit> paid = Set.of(dev.ajar.Limit.PAYMENT);
    assertEquals(paid, lastLimits("1. \"Member\" means a person or club holding a paid membership"
        + " of the Guild.\n2. The Guild grants each Member a license to copy, adapt and share the"
        + " Patterns.\n"));
    assertEquals(Set.of(dev.ajar.Limit.INTERNAL), lastLimits("1. \"Authorised User\" means a"
        + " person employed by or enrolled at the Licensee's college.\n2. You may copy and adapt"
        + " the Patterns and make them available to Authorised Users.\n"));
    // A defined act whose recipients are a closed circle.
    assertEquals(paid, lastLimits("1. \"Member\" means a person holding a paid membership of the"
        + " Guild.\n2. **\"Pass On\"** means to give a copy of the Patterns to a Member.\n"
        + "3. You may copy, adapt and Pass On the Patterns.\n"));
    // Items of a grant's lead-in keep the lead-in's grantee: "You" (or "Member") means ...
    assertEquals(paid, lastLimits("1. \"You\" (or \"Member\") means a person holding a paid"
        + " membership of the Guild.\n2. The Guild grants You a license to:\n(a) copy the"
        + " Patterns;\n(b) share the Patterns.\n"));
    // Not a closed circle: anyone who exercises the rights.
    assertEquals(Set.of(), lastLimits("1. \"You\" means an individual or legal entity exercising"
        + " rights under this license.\n2. The Guild grants You a license to copy, adapt and share"
        + " the Patterns.\n"));
  }

  @Test
  void aGrantToTheExtentOfADefinedPurposeCarriesItsLimits() {
    assertEquals(Set.of(dev.ajar.Limit.WITH_PRODUCT), lastLimits("1. \"Permitted Purpose\" means"
        + " the repair of looms manufactured by Halvard.\n2. You may copy and distribute the Files"
        + " to any person, to the extent that the distribution is for a Permitted Purpose.\n"));
    assertEquals(Set.of(), lastLimits("You may copy and distribute the Files to any person, to the"
        + " extent that the law of your country allows it.\n"));
  }

  @Test
  void aGrantOfProductsMadeWithTheWorkGrantsNothingInIt() {
    List<Act> products = acts("1. \"Permitted Product\" means a loom built in whole or in part"
        + " from the Files.\n2. You may make, use, sell, rent and give away Permitted Products.\n");
    assertTrue(products.stream().noneMatch(a -> a.kind() == ActKind.GRANT), products::toString);
    // Works derived from the work are the work's own: their grant stands.
    List<Act> derived = acts("1. \"Derivative\" means a pattern derived from the Files.\n2. You"
        + " may make, copy and share Derivatives.\n");
    assertTrue(derived.stream().anyMatch(a -> a.kind() == ActKind.GRANT), derived::toString);
  }

  @Test
  void anItemThatCopiesByAnyMeansIsAnItemNotADefinition() {
    assertKinds("The Council grants to every Reuser a licence to:\n"
        + "a) reproduce the Maps, by any means and in any format;\nb) adapt the Maps.\n",
        "GRANT[COPY]", "GRANT[MODIFY]");
  }

  @Test
  void aDenialAfterTheGrantedItemsIsNoItemOfThem() {
    assertKinds("You may:\n- copy the Atlas;\n- adapt it.\nThe Atlas itself stays with"
        + " you: its sheets are not to be published or shared with anyone.\n",
        "GRANT[COPY]", "GRANT[MODIFY]", "DENY[REDISTRIBUTE]");
  }

  @Test
  void aQuestionTheLicenseAnswersGrantsOrDeniesWhatItAsks() {
    assertKinds("Q: Can I copy it and share it with others?\nA: Yes.\n\nQ: May I sell it?\n"
        + "A: No, never.\n\nQ: Can I call my fork Starfall?\nA: No.\n\nQ: Does it cost anything?"
        + "\nA: No.\n",
        "GRANT[COPY, REDISTRIBUTE]", "DENY[COMMERCIAL_USE]", "REQUEST", "REQUEST");
    // A question no one answers binds nobody.
    assertKinds("Can I copy it and share it with others?\nWrite to us and we will see.\n",
        "REQUEST");
  }

  @Test
  void aScopeToADefinedTermCarriesItsDefinitionsLimits() {
    List<Act> scoped = acts("1. \"Permitted Product\" means a device that incorporates a Kestrel"
        + " module.\n2. \"Permitted Purpose\" means the repair of a Permitted Product.\n"
        + "3. You may copy, modify and distribute the Design Files solely for a Permitted"
        + " Purpose.\n");
    Act grant = scoped.get(scoped.size() - 1);
    assertEquals(Set.of(dev.ajar.Limit.WITH_PRODUCT), grant.limits(), scoped::toString);
    // A definition is read only through a scope: "in Source or Object form" is no binary limit
    List<Act> unscoped = acts("1. \"Object form\" means any compiled form of the Work.\n"
        + "2. You may reproduce and distribute the Work in Source or Object form.\n");
    assertEquals(Set.of(), unscoped.get(unscoped.size() - 1).limits(), unscoped::toString);
  }

  @Test
  void aHeadingEndsTheListOfGrants() {
    // The items after "Your duties" are read as sentences, not as more rights granted
    List<Act> acts = acts("The Office permits anyone to:\n"
        + "  - copy and publish the Maps;\n"
        + "  - adapt the Maps.\n\nYour duties\n"
        + "  1. Use of the Maps for the rating of flood insurance is not permitted.\n");
    assertEquals(List.of("GRANT[COPY, REDISTRIBUTE]", "GRANT[MODIFY]", "PROHIBIT_USE[USE]"),
        kinds(acts), acts::toString);
  }

  @Test
  void aConditionsHeadingAfterAGrantOpensItsConditions() {
    // (an "only" before the verb: "only on boards" after it would confine by itself)
    String item = "a) You may only share the Firmware, and use it, on boards made by the Maker.\n";
    List<Act> headed = acts("1. The Maker grants you a licence to use, copy, modify and distribute"
        + " the Firmware.\n\n2. Conditions:\n" + item);
    assertEquals(
        List.of("GRANT[USE, COPY, MODIFY, REDISTRIBUTE]", "CONFINE[USE, REDISTRIBUTE]"),
        kinds(headed), headed::toString);
    assertTrue(headed.get(1).limits().contains(dev.ajar.Limit.WITH_PRODUCT), headed::toString);
    // Without a grant before it, a heading opens no conditions: the item stays a limited grant
    List<Act> alone = acts("Conditions:\n" + item);
    assertEquals(List.of("GRANT[USE, REDISTRIBUTE]"), kinds(alone), alone::toString);
  }

  @Test
  void aLimitInOneOfSeveralAlternativesConfinesNothing() {
    List<Act> acts = acts("You may modify your copy of the program, provided that you do one of the"
        + " following:\n\na) publish your changes freely;\nb) the changed program is used solely"
        + " for noncommercial purposes.\n");
    assertEquals(0, acts.stream().filter(a -> a.kind() == ActKind.CONFINE).count(), acts::toString);
  }

  @Test
  void aLimitAfterTheConditionsListEndsIsNoCondition() {
    List<Act> acts = acts("Redistribution and use are permitted provided that these conditions are"
        + " met:\n\n1. Keep this notice.\n\nThe software is used solely for noncommercial purposes.\n");
    assertEquals(ActKind.LIMIT, acts.get(acts.size() - 1).kind(), acts::toString);
  }

  @Test
  void aDisclaimerHeadingIsNoLead() {
    List<Act> acts = acts("IN NO EVENT SHALL\nTHE AUTHOR BE LIABLE FOR ANY DAMAGES.\n");
    assertEquals(0, acts.stream().filter(a -> a.kind() == ActKind.PROHIBITION_LEAD).count(), () -> acts.toString());
  }

  @Test
  void aNumberedItemIsReadFromItsVerb() {
    List<Act> acts = acts("You may not:\n(a) sublicense the program;\n(iv) sell copies of the program.\n");
    assertEquals(Set.of(Right.SUBLICENSE), acts.get(1).rights());
  }
}
