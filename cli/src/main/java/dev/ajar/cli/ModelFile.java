package dev.ajar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a model weights file ({@code *.gguf}, {@code *.safetensors}) declares in its header: the
 * header alone is read (see {@link GgufHeader} and {@link SafetensorsHeader}), never the weights.
 *
 * <p>Immutable. Exactly one of these holds: {@code declaration} is present (the header declares a
 * license); {@code problem} is present (the header could not be read); or both are empty, and
 * {@code note} says why (the header declares no license, or the file is a Git LFS pointer whose
 * content was never fetched).
 *
 * @param source the display path of the file
 * @param origin its format
 * @param declaration the license its header declares, if any
 * @param problem why its header could not be read, if it could not
 * @param note why it declares nothing, when it declares nothing and could be read
 */
record ModelFile(
    String source,
    ModelDeclaration.Origin origin,
    Optional<ModelDeclaration> declaration,
    Optional<String> problem,
    Optional<String> note) {

  /** The first bytes of a Git LFS pointer file, which stands in for content not fetched. */
  private static final byte[] LFS_POINTER =
      "version https://git-lfs.github.com/spec/".getBytes(StandardCharsets.US_ASCII);

  /** The model-file format that {@code fileName}'s extension names, if any (case-insensitive). */
  static Optional<ModelDeclaration.Origin> format(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gguf")) {
      return Optional.of(ModelDeclaration.Origin.GGUF);
    }
    if (n.endsWith(".safetensors")) {
      return Optional.of(ModelDeclaration.Origin.SAFETENSORS);
    }
    return Optional.empty();
  }

  /**
   * Reads the header of {@code file}, a model file by its name ({@link #format} is present),
   * shown as {@code source}. Never throws: what goes wrong is the result's {@code problem}.
   */
  static ModelFile read(Path file, String source) {
    ModelDeclaration.Origin origin =
        format(file.getFileName().toString())
            .orElseThrow(() -> new IllegalArgumentException("not a model file: " + file));
    try {
      if (isLfsPointer(file)) {
        return new ModelFile(
            source,
            origin,
            Optional.empty(),
            Optional.empty(),
            Optional.of("a Git LFS pointer: the model file itself was not fetched"));
      }
      Optional<ModelDeclaration> declared =
          switch (origin) {
            case GGUF -> {
              GgufHeader h = GgufHeader.read(file);
              yield ModelDeclaration.of(
                  source, origin, h.license().stream().toList(), h.licenseName(), h.licenseLink());
            }
            case SAFETENSORS -> {
              SafetensorsHeader h = SafetensorsHeader.read(file);
              yield ModelDeclaration.of(
                  source, origin, h.license().stream().toList(), h.licenseName(), h.licenseLink());
            }
            case MODEL_CARD -> throw new IllegalStateException("not a model file format");
          };
      return new ModelFile(
          source,
          origin,
          declared,
          Optional.empty(),
          declared.isPresent()
              ? Optional.empty()
              : Optional.of("its " + origin.label() + " declares no license"));
    } catch (HeaderException e) {
      return new ModelFile(
          source, origin, Optional.empty(), Optional.of(e.getMessage()), Optional.empty());
    }
  }

  /** Whether {@code file} starts like a Git LFS pointer. */
  private static boolean isLfsPointer(Path file) throws HeaderException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(LFS_POINTER.length), LFS_POINTER);
    } catch (IOException e) {
      throw new HeaderException(
          "could not read the " + format(file.getFileName().toString()).orElseThrow().label()
              + ": " + TextReader.describe(file, e),
          e);
    }
  }

  /** The declarations among {@code files}, one per distinct declaration (shards agree). */
  static List<ModelDeclaration> distinct(List<ModelFile> files) {
    Map<List<Object>, ModelDeclaration> byContent = new LinkedHashMap<>();
    for (ModelFile f : files) {
      f.declaration()
          .ifPresent(d -> byContent.putIfAbsent(List.of(d.origin(), d.id(), d.licenses()), d));
    }
    return List.copyOf(byContent.values());
  }
}
