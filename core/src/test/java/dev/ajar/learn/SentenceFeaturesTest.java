package dev.ajar.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

  private static Set<String> features(String sentence) {
    return new HashSet<>(List.of(SentenceFeatures.ofSentence(sentence)));
  }

  @Test
  void wordsAfterANegationAreMarkedAsNegated() {
    Set<String> f = features("You must not use the Tool for fishing.");
    assertTrue(f.containsAll(Set.of("mod:not", "neg:use", "neg:fish")), f::toString);
    assertFalse(f.contains("neg:you"), "words before the negation are not in its scope");
  }

  @Test
  void aContractionNegatesToo() {
    assertTrue(features("You can't run the Tool at sea.").contains("neg:run"));
  }

  @Test
  void cannotNegatesThoughItIsOneWord() {
    assertTrue(features("The Tool cannot be used for fishing.").contains("neg:fish"));
  }

  @Test
  void aScopeOpenedInALeadingConditionEndsWithThatClause() {
    Set<String> f = features("If you have no sponsor, write the word none on the credits line.");
    assertTrue(f.contains("neg:sponsor"), f::toString);
    assertFalse(f.contains("neg:write"), "the main clause is not negated: " + f);
    // The main clause's own negation opens its own scope again.
    assertTrue(features("If you are not a member, you may not use the Tool.").contains("neg:use"));
    // A comma inside a sentence that opens with no condition closes nothing.
    assertTrue(features("You may not use the Tool, or any part of it, for fishing.")
        .contains("neg:fish"));
  }

  @Test
  void aQuotedScopeWordIsMentionedAndOpensNoScope() {
    Set<String> f = features("Write \"no sponsor\" on the credits line of your version.");
    assertFalse(f.stream().anyMatch(x -> x.startsWith("neg:")), f::toString);
    assertTrue(features("Write no sponsor on the credits line of your version.")
        .contains("neg:sponsor"));
  }

  @Test
  void onlyOpensItsOwnScope() {
    Set<String> f = features("The Tool may be used only for research.");
    assertTrue(f.containsAll(Set.of("mod:be", "only:for", "only:research")), f::toString);
  }

  @Test
  void aSentenceWithoutScopeWordsHasNoScopedFeature() {
    Set<String> f = features("The Tool was written in 2024.");
    assertTrue(f.stream().noneMatch(x -> x.contains(":") && !x.startsWith("act=")
        && !x.startsWith("u=") && !x.startsWith("b=") && !x.startsWith("p")), f::toString);
  }

  @Test
  void digitsAreFoldedSoNumbersAreNotVocabulary() {
    Set<String> f = features("No more than 50 seats may use the Tool.");
    assertTrue(f.contains("u=##"), f::toString);
    assertFalse(f.contains("u=50"));
    assertEquals(f, features("No more than 90 seats may use the Tool."));
  }

  @Test
  void theReadersActsAreFeatures() {
    assertTrue(features("You may not use the Software for weapons.").contains("act=PROHIBIT_USE"));
  }

  @Test
  void featuresAreRepeatableAndCountRepeatedWords() {
    String[] a = SentenceFeatures.ofSentence("You must not use the Tool, the Tool or the Tool.");
    assertArrayEquals(a, SentenceFeatures.ofSentence("You must not use the Tool, the Tool or the Tool."));
    assertEquals(3, java.util.Arrays.stream(a).filter("u=tool"::equals).count());
  }

  @Test
  void sentencesOfATextAreSplitAndTheirSpacesCollapsed() {
    assertEquals(List.of("You may use it.", "You must keep this notice."),
        SentenceFeatures.sentences("You may use\n  it.\n\nYou must keep this notice."));
  }
}
