package dev.ajar.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureWeightsTest {

  private static final String TEXT = """
      Permission is hereby granted, free of charge, to any person obtaining a copy of this
      software, to deal in the Software without restriction. You may not use the Model for
      military purposes or to harm minors. You shall not use the Model 2 times, nor sell it
      without written permission. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY.
      If you have no sponsor, write "none" on the credits line. Only non-commercial use.
      """;

  private static MaxentModel bundled(String name) throws IOException {
    try (InputStream in = FeatureWeightsTest.class.getResourceAsStream(name)) {
      return SentenceModel.read(in);
    }
  }

  /** Sentence features of {@link #TEXT}, an empty sentence, and features no model knows. */
  private static List<String[]> examples() {
    List<String[]> out = new ArrayList<>();
    for (String sentence : SentenceFeatures.sentences(TEXT)) {
      out.add(SentenceFeatures.ofSentence(sentence));
    }
    out.add(new String[0]);
    out.add(new String[] {"u=nosuchwordanywhere", "", "u=use", "u=use"});
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {SentenceModel.KIND_RESOURCE, DocumentModel.GATE_RESOURCE,
      DocumentModel.KIND_RESOURCE})
  void givesTheModelsOwnProbabilitiesBitForBit(String resource) throws IOException {
    MaxentModel model = bundled(resource);
    FeatureWeights weights = FeatureWeights.of(model);
    List<String[]> examples = examples();
    assertTrue(examples.size() > 5, "the text splits into sentences");
    for (String[] features : examples) {
      assertArrayEquals(model.eval(features), weights.eval(features), String.join(" ", features));
    }
  }
}
