package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A token's membership read by bit agrees with the set's own {@code contains}, for every set. */
class WordSetTest {

  private static final String TEXT =
      "You may not use, copy or modify the Software, except as provided herein; the Licensor "
          + "shall not be liable. Nobody may sell it only for research unless permitted.";

  private static Words words() {
    String text = Normalizer.normalize(TEXT);
    List<Sentence> sentences = SentenceSplitter.load().split(text);
    return new Words(text, new Tokenizer().tokens(text, sentences).subList(0, 20), 0);
  }

  @Test
  void bitsAgreeWithTheSetsForEveryTokenAndSet() {
    Words w = words();
    for (Set<String> set : List.of(Lexicon.BE, Lexicon.BINDING_MODALS, Lexicon.EXCEPT,
        Lexicon.NEGATORS, Lexicon.ONLY, Lexicon.USE_STEMS, Lexicon.WORK_STEMS)) {
      for (int i = 0; i < w.size; i++) {
        assertEquals(set.contains(w.low[i]), w.is(i, set), w.low[i]);
        assertEquals(set.contains(w.stem[i]), w.stemIn(i, set), w.stem[i]);
      }
    }
  }

  /**
   * Every constant word set of the reader is registered, so read by bit: a class first used
   * after the registry froze (NonConditions is read after the first sentence's words) would have
   * its sets looked up by hashing, the same answers at several times the cost.
   */
  @Test
  void everyConstantSetOfTheReaderIsReadByBit() throws Exception {
    words(); // freezes the registry
    int sets = 0;
    for (Class<?> c : List.of(Lexicon.class, Limits.class, Scopes.class, Exclusions.class,
        Incorporations.class, Presuppositions.class, Revocations.class, InformalGrants.class,
        ClauseReader.class, SentenceReader.class, NonConditions.class, Definitions.class,
        Words.class, MarkPronouns.class, ExceptedParties.class)) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Set.class.isAssignableFrom(f.getType())) {
          f.setAccessible(true);
          if (f.get(null) instanceof WordSet ws) {
            assertTrue(ws.slot >= 0, c.getSimpleName() + "." + f.getName() + " is not registered");
            sets++;
          }
        }
      }
    }
    assertTrue(sets > 300, sets + " sets");
  }

  @Test
  void aSetMadeAfterTheRegistryFroze() {
    Words w = words(); // freezes the registry
    Set<String> late = Lexicon.words("licensor", "software");
    int found = 0;
    for (int i = 0; i < w.size; i++) {
      assertEquals(late.contains(w.low[i]), w.is(i, late), w.low[i]);
      found += w.is(i, late) ? 1 : 0;
    }
    assertEquals(2, found);
  }
}
