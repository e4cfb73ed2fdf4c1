package dev.ajar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input to classify: a file, or standard input ({@code -}).
 *
 * @param path the path as displayed in every output format: as given on the command line, or the
 *     scanned folder joined with the path found below it; {@code -} for standard input
 * @param file the file to read; empty for standard input
 * @param incidental whether the file was picked only because of {@code --all-files}: such a file is
 *     skipped quietly when it turns out binary or too large, where any other input is reported
 * @param card the model card whose declared license applies to this file, if any
 * @param declarations what the model repository around this file declares: the nearest model
 *     card's declaration, then those of the model files' headers in the nearest folder that has
 *     any (one per distinct declaration); empty outside model repositories
 * @param model the header of this input, when it is a model file ({@code .gguf}, {@code
 *     .safetensors}), which is reported by its header rather than classified
 * @param problem why the input cannot be read, when that is known before reading (a missing path,
 *     an unreadable folder)
 */
record Source(
    String path,
    Optional<Path> file,
    boolean incidental,
    Optional<ModelCard> card,
    List<ModelDeclaration> declarations,
    Optional<ModelFile> model,
    Optional<String> problem) {

  /** The display path of standard input. */
  static final String STDIN = "-";

  Source {
    declarations = List.copyOf(declarations);
  }

  static Source stdin() {
    return new Source(
        STDIN, Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  static Source failed(String path, String problem) {
    return new Source(
        path, Optional.empty(), false, Optional.empty(), List.of(), Optional.empty(), Optional.of(problem));
  }

  static Source file(
      String path,
      Path file,
      boolean incidental,
      Optional<ModelCard> card,
      List<ModelDeclaration> declarations) {
    return new Source(
        path, Optional.of(file), incidental, card, declarations, Optional.empty(), Optional.empty());
  }

  /** A model file, reported by its header {@code model}. */
  static Source model(String path, Path file, ModelFile model) {
    return new Source(
        path,
        Optional.of(file),
        false,
        Optional.empty(),
        model.declaration().stream().toList(),
        Optional.of(model),
        Optional.empty());
  }
}
