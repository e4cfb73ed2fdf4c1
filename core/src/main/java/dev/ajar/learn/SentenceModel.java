package dev.ajar.learn;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.ajar.Category;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The bundled sentence model: how likely one sentence is a binding use restriction, and which
 * restriction category it names. Two maximum-entropy models, trained by {@link ModelTrainer}
 * from the project's labelled sentences: one over the outcomes {@value #RESTRICTION}, {@value
 * #PROPRIETARY} and {@value #NONE}, one over the restriction categories.
 *
 * <p>Immutable and thread-safe (OpenNLP's models only read their parameters); deterministic.
 */
public final class SentenceModel {

  /** The outcome of a sentence that binds the licensee to keep the work from some use. */
  public static final String RESTRICTION = "restriction";

  /** The outcome of a sentence that withholds copying, changing or sharing. */
  public static final String PROPRIETARY = "proprietary";

  /** The outcome of every other sentence. */
  public static final String NONE = "none";

  /**
   * The probability from which the bundled model calls a sentence a restriction. Chosen with each
   * writer's sentences held out in turn, and on the SPDX texts (never trained on): at 0.925 the
   * model turned six of them (GFDL-1.1's instruction to write "no Front-Cover Texts"); at 0.95
   * none, and through the whole pipeline it keeps about as many held-out harmless sentences
   * harmless as the rules alone do (96.1% against 96.3%). Kept at 0.95 when the training grew
   * from thirteen writers to twenty-one (writers A to M caught 76.8%, against 70.8% before; 77.3%
   * with the reader of 2026-12-07); at 0.97 the larger model would catch 71.5% of them.
   */
  public static final double THRESHOLD = 0.95;

  static final String KIND_RESOURCE = "kind.model";
  static final String CATEGORY_RESOURCE = "category.model";

  private final MaxentModel kind;
  /**
   * {@code kind}'s parameters laid out for evaluation, on first use: laying them out costs about
   * 20 ms in a cold process, and a run over known licenses that add no sentence never needs them.
   */
  private final Supplier<FeatureWeights> kindWeights;
  /** Read on first use: a restriction the model finds is rare, and start-up is most of a CLI run. */
  private final Supplier<MaxentModel> category;
  private final int restrictionIndex;
  private final double threshold;

  SentenceModel(MaxentModel kind, Supplier<MaxentModel> category, double threshold) {
    this(kind, Suppliers.memoize(() -> FeatureWeights.of(kind)), category, threshold);
  }

  private SentenceModel(MaxentModel kind, Supplier<FeatureWeights> kindWeights,
      Supplier<MaxentModel> category, double threshold) {
    this.kind = kind;
    this.kindWeights = kindWeights;
    this.category = category;
    this.threshold = threshold;
    this.restrictionIndex = kind.getIndex(RESTRICTION);
    if (restrictionIndex < 0) {
      throw new IllegalStateException("the sentence model has no outcome " + RESTRICTION);
    }
  }

  /**
   * Loads the bundled models.
   *
   * @return the model
   * @throws IllegalStateException if a bundled resource is missing or unreadable
   */
  public static SentenceModel load() {
    return new SentenceModel(read(KIND_RESOURCE),
        Suppliers.memoize(() -> read(CATEGORY_RESOURCE)), THRESHOLD);
  }

  /**
   * The probability that a sentence with these features is a binding use restriction.
   *
   * @param features the sentence's features ({@link SentenceFeatures})
   * @return a probability in [0, 1]
   */
  public double restriction(String[] features) {
    return kindWeights.get().eval(features)[restrictionIndex];
  }

  /**
   * Whether a sentence with these features is a binding use restriction: its {@link
   * #restriction} probability reaches the model's threshold.
   *
   * @param features the sentence's features
   * @return whether the model calls it a restriction
   */
  public boolean isRestriction(String[] features) {
    return restriction(features) >= threshold;
  }

  /**
   * This model with another threshold.
   *
   * @param other the probability from which a sentence is a restriction
   * @return a model sharing this one's parameters
   */
  public SentenceModel withThreshold(double other) {
    return new SentenceModel(kind, kindWeights, category, other);
  }

  /**
   * The restriction category most likely for a sentence with these features.
   *
   * @param features the sentence's features
   * @return the category, or empty when the model's best outcome names none (a model trained on
   *     other slugs)
   */
  public Optional<Category> category(String[] features) {
    MaxentModel m = category.get();
    String slug = m.getBestOutcome(m.eval(features));
    for (Category c : Category.values()) {
      if (c.isRestriction() && c.slug().equals(slug)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** A model as {@link ModelTrainer} writes it. */
  static MaxentModel read(InputStream in) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel();
  }

  private static MaxentModel read(String name) {
    try (InputStream in = SentenceModel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled sentence model dev/ajar/learn/" + name);
      }
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled sentence model " + name, e);
    }
  }
}
