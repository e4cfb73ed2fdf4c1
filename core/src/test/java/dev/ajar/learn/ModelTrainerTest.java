package dev.ajar.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

  private static final List<LabelledSentence> SMALL = small();

  private static List<LabelledSentence> small() {
    List<LabelledSentence> out = new ArrayList<>();
    String[] fields = {"fishing", "mining", "racing", "farming", "betting", "mapping"};
    for (String f : fields) {
      out.add(new LabelledSentence("t", "restriction", "other-use", "You must not use the Tool for " + f + "."));
      out.add(new LabelledSentence("t", "restriction", "military", "The Tool shall not be used by armies for " + f + "."));
      out.add(new LabelledSentence("t", "none", "permission", "You may use the Tool for " + f + "."));
      out.add(new LabelledSentence("t", "none", "mention", "Some users like the Tool for " + f + "."));
      out.add(new LabelledSentence("t", "proprietary", "no-redistribution", "You may not give copies of the Tool to " + f + " firms."));
    }
    return out;
  }

  @Test
  void trainingIsDeterministic() {
    ModelTrainer.Trained a = ModelTrainer.train(SMALL);
    ModelTrainer.Trained b = ModelTrainer.train(SMALL);
    assertArrayEquals(a.kind(), b.kind());
    assertArrayEquals(a.category(), b.category());
  }

  @Test
  void aTrainedModelSeparatesWhatItWasShown() {
    SentenceModel m = ModelTrainer.train(SMALL).model();
    double ban = m.restriction(SentenceFeatures.ofSentence("You must not use the Tool for fishing."));
    double leave = m.restriction(SentenceFeatures.ofSentence("You may use the Tool for fishing."));
    assertTrue(ban > 0.5 && leave < 0.5, ban + " " + leave);
    assertEquals(Optional.of(Category.MILITARY),
        m.category(SentenceFeatures.ofSentence("The Tool shall not be used by armies for mining.")));
    assertFalse(m.withThreshold(1.01).isRestriction(SentenceFeatures.ofSentence("You must not use the Tool for fishing.")));
  }

  @Test
  void trainingNeedsAllThreeOutcomes() {
    List<LabelledSentence> noProprietary =
        SMALL.stream().filter(s -> !s.label().equals(SentenceModel.PROPRIETARY)).toList();
    assertThrows(IllegalArgumentException.class, () -> ModelTrainer.train(noProprietary));
  }

  @Test
  void labelsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new LabelledSentence("t", "maybe", "x", "A sentence."));
    assertThrows(IllegalArgumentException.class, () -> new LabelledSentence("t", "none", "x", " "));
  }

  @Test
  void theBundledModelLoadsAndReadsABan() {
    SentenceModel m = SentenceModel.load();
    assertTrue(m.isRestriction(SentenceFeatures.ofSentence(
        "Licensees agree that the Tool will play no part in rigging horse races.")));
    assertFalse(m.isRestriction(SentenceFeatures.ofSentence(
        "Rigging horse races is a hobby some of our users have written about.")));
  }
}
