package dev.ajar.reference;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Sentence;
import java.util.List;

/**
 * The reference a text is closest to and how it differs: {@code added} are sentences of the
 * input (spans into it), {@code dropped} are sentences of the reference text, as it ships them.
 *
 * @param reference the closest reference text, its ids and known class
 * @param similarity Dice similarity of the two texts' word trigrams, in [0, 1]
 * @param added the input's sentences whose wording the reference lacks, in order
 * @param dropped the reference's sentences whose wording the input lacks, in order
 */
public record Identification(
    Entry reference, double similarity, List<Sentence> added, List<String> dropped) {
  public Identification {
    added = List.copyOf(added);
    dropped = List.copyOf(dropped);
  }
}
