package dev.ajar.cli;

import dev.ajar.Classification;
import java.util.List;
import java.util.Optional;

/**
 * What the command found for one input: its classification, or why it could not be read.
 *
 * @param path the input's display path ({@code -} for standard input)
 * @param classification the result; empty when the input could not be read or classified
 * @param error why the input was not classified; present exactly when {@code classification} is
 *     empty
 * @param card the model card whose declared license applies to this input, if any
 * @param violations why the input breaks the policy, one phrase per reason; empty when it passes
 * @param notes what was unusual about a classified input (its encoding, or that it was empty)
 * @param lines the line starts of the classified text, to turn offsets into lines and columns
 */
record FileReport(
    String path,
    Optional<Classification> classification,
    Optional<String> error,
    Optional<ModelCard> card,
    List<String> violations,
    List<String> notes,
    LineMap lines) {

  FileReport {
    violations = List.copyOf(violations);
    notes = List.copyOf(notes);
  }

  static FileReport failed(String path, String error) {
    return new FileReport(
        path,
        Optional.empty(),
        Optional.of(error),
        Optional.empty(),
        List.of(),
        List.of(),
        LineMap.of(""));
  }

  static FileReport classified(
      String path,
      TextReader.Decoded input,
      Classification c,
      Optional<ModelCard> card,
      List<String> violations) {
    return new FileReport(
        path,
        Optional.of(c),
        Optional.empty(),
        card,
        violations,
        input.note().stream().toList(),
        LineMap.of(input.text()));
  }
}
