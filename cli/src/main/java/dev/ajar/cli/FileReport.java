package dev.ajar.cli;

import dev.ajar.Classification;
import java.util.List;
import java.util.Optional;

/**
 * What the command found for one input: its classification, why it could not be read, or, for a
 * model file, what its header declares.
 *
 * <p>Exactly one of {@code classification}, {@code error} and {@code model} is present.
 *
 * @param path the input's display path ({@code -} for standard input)
 * @param classification the result; empty when the input could not be read or classified, or is a
 *     model file
 * @param error why the input was not classified, when it could not be read or classified
 * @param card the model card whose declared license applies to this input, if any
 * @param declarations what the model repository declares for this input (see {@link
 *     Source#declarations()}); for a model file, its own header's declaration, if any
 * @param mismatches the declarations whose class this input's class contradicts
 * @param model the header of a model file, when the input is one
 * @param violations why the input breaks the policy, one phrase per reason; empty when it passes
 * @param notes what was unusual about the input (its encoding, that it was empty, that a model
 *     file declares nothing)
 * @param lines the line starts of the classified text, to turn offsets into lines and columns
 */
record FileReport(
    String path,
    Optional<Classification> classification,
    Optional<String> error,
    Optional<ModelCard> card,
    List<ModelDeclaration> declarations,
    List<Mismatch> mismatches,
    Optional<ModelFile> model,
    List<String> violations,
    List<String> notes,
    LineMap lines) {

  FileReport {
    declarations = List.copyOf(declarations);
    mismatches = List.copyOf(mismatches);
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
      List<ModelDeclaration> declarations,
      List<Mismatch> mismatches,
      List<String> violations) {
    return new FileReport(
        path,
        Optional.of(c),
        Optional.empty(),
        card,
        declarations,
        mismatches,
        Optional.empty(),
        violations,
        input.note().stream().toList(),
        LineMap.of(input.text()));
  }

  /** The report of a model file whose header was read. */
  static FileReport header(String path, ModelFile model) {
    return new FileReport(
        path,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        model.declaration().stream().toList(),
        List.of(),
        Optional.of(model),
        List.of(),
        model.note().stream().toList(),
        LineMap.of(""));
  }
}
