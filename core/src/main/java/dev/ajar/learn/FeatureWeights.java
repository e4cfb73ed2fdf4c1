package dev.ajar.learn;

import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained model's parameters laid out for evaluation. OpenNLP's {@link QNModel} finds each
 * feature of a sentence or text in a hash map of parameter objects; most features (word pairs
 * above all) are ones the model never kept, and each look-up is a chain of dependent memory reads
 * that was about a tenth of a warm run's time. Here a feature's hash picks a slot in an array of
 * hashes, and only an equal hash reads the stored name: a feature the model lacks costs one read.
 *
 * <p>The probabilities are bit for bit those of {@code QNModel.eval}: the parameters are summed
 * in the same order, and normalised by the same OpenNLP code. A model of another kind is
 * evaluated by itself. Immutable and thread-safe.
 */
final class FeatureWeights {

  private static final int EMPTY = 0;

  /** The model itself, for a kind this class does not lay out; null when laid out. */
  private final MaxentModel other;
  private final int outcomes;
  /** Per slot, its feature's hash ({@link #stored}), or {@link #EMPTY}. */
  private final int[] hashes;
  private final String[] names;
  private final int[][] outcomesOf;
  private final double[][] parametersOf;

  private FeatureWeights(MaxentModel other, int outcomes, int slots) {
    this.other = other;
    this.outcomes = outcomes;
    this.hashes = new int[slots];
    this.names = new String[slots];
    this.outcomesOf = new int[slots][];
    this.parametersOf = new double[slots][];
  }

  /** The parameters of {@code model}, laid out when it is a {@link QNModel}. */
  static FeatureWeights of(MaxentModel model) {
    if (!(model instanceof QNModel)) {
      return new FeatureWeights(model, model.getNumOutcomes(), 0);
    }
    @SuppressWarnings("unchecked") // AbstractModel documents [parameters, feature map, outcomes]
    Map<String, Context> features = (Map<String, Context>) ((QNModel) model).getDataStructures()[1];
    // At most half full, so a missing feature mostly meets an empty slot at once.
    int slots = Integer.highestOneBit(Math.max(1, features.size()) * 4 - 1);
    FeatureWeights out = new FeatureWeights(null, model.getNumOutcomes(), slots);
    features.forEach(out::put);
    return out;
  }

  private void put(String name, Context parameters) {
    int hash = stored(name.hashCode());
    int slot = slot(hash);
    while (hashes[slot] != EMPTY) {
      slot = (slot + 1) & (hashes.length - 1);
    }
    hashes[slot] = hash;
    names[slot] = name;
    outcomesOf[slot] = parameters.getOutcomes();
    parametersOf[slot] = parameters.getParameters();
  }

  /** A hash as stored: never {@link #EMPTY}. */
  private static int stored(int hash) {
    return hash == EMPTY ? 1 : hash;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (hashes.length - 1);
  }

  /** The slot of {@code feature}, or -1 when the model has no parameters for it. */
  private int find(String feature) {
    int hash = stored(feature.hashCode());
    for (int slot = slot(hash); ; slot = (slot + 1) & (hashes.length - 1)) {
      int h = hashes[slot];
      if (h == EMPTY) {
        return -1;
      }
      if (h == hash && names[slot].equals(feature)) {
        return slot;
      }
    }
  }

  /**
   * The probability of each outcome for these features, as {@code MaxentModel.eval} gives it.
   *
   * @param features the features, a feature twice counting twice
   * @return a new array, by outcome index
   */
  double[] eval(String[] features) {
    if (other != null) {
      return other.eval(features);
    }
    double[] probs = new double[outcomes];
    for (String feature : features) {
      int slot = find(feature);
      if (slot < 0) {
        continue;
      }
      int[] o = outcomesOf[slot];
      double[] p = parametersOf[slot];
      for (int k = 0; k < o.length; k++) {
        probs[o[k]] += p[k]; // QNModel multiplies by the feature's value, 1: the same double
      }
    }
    double logSumOfExps = ArrayMath.logSumOfExps(probs);
    for (int k = 0; k < outcomes; k++) {
      probs[k] = StrictMath.exp(probs[k] - logSumOfExps);
    }
    return probs;
  }
}
