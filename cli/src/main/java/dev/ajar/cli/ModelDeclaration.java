package dev.ajar.cli;

import dev.ajar.DeclaredLicense;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The license a model repository declares outside its license files, in one place: a model card's
 * front matter, a GGUF file's header or a safetensors file's header metadata.
 *
 * <p>Each declared value ({@code license} items, {@code license_name}, and {@code license_link}
 * when it is a URL; the same keys in a header) is resolved with {@link
 * LicenseClassifier#resolveDeclaration(String)}: hub ids, SPDX expressions, license names and
 * URLs Ajar knows get a class, others are kept unresolved. A link that is a relative path is not
 * resolved: it names a file, which is classified itself.
 *
 * <p>Immutable.
 *
 * @param source the display path of the card or model file
 * @param origin what kind of place it is
 * @param id the value to show: {@code license} unless it is {@code other}, else the name, else
 *     {@code license}, else the link (as for {@link ModelCard#id()})
 * @param licenses the declared values, resolved, in the order above
 */
record ModelDeclaration(String source, Origin origin, String id, List<DeclaredLicense> licenses) {

  /** Where a model repository declares its license. */
  enum Origin {
    /** A {@code README.md} whose front matter has {@code license}, {@code license_name} or {@code license_link}. */
    MODEL_CARD,
    /** A {@code .gguf} file's {@code general.license} keys. */
    GGUF,
    /** A {@code .safetensors} file's {@code __metadata__} license keys. */
    SAFETENSORS;

    /** How the output names it, e.g. {@code GGUF header}. */
    String label() {
      return switch (this) {
        case MODEL_CARD -> "model card";
        case GGUF -> "GGUF header";
        case SAFETENSORS -> "safetensors header";
      };
    }
  }

  ModelDeclaration {
    licenses = List.copyOf(licenses);
  }

  /** The declaration of a model card. */
  static ModelDeclaration of(ModelCard card) {
    return of(card.source(), Origin.MODEL_CARD, card.licenses(), card.licenseName(), card.licenseLink())
        .orElseThrow(); // a card declares something, or it is no card
  }

  /**
   * The declaration of the place {@code source}, from its license values, name and link; empty
   * when it declares none of them.
   */
  static Optional<ModelDeclaration> of(
      String source,
      Origin origin,
      List<String> licenses,
      Optional<String> name,
      Optional<String> link) {
    Optional<String> id = id(licenses, name, link);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>(licenses);
    name.ifPresent(values::add);
    link.filter(ModelDeclaration::isUrl).ifPresent(values::add);
    List<DeclaredLicense> resolved = new ArrayList<>();
    for (String v : values) {
      LicenseClassifier.resolveDeclaration(v).ifPresent(resolved::add);
    }
    return Optional.of(new ModelDeclaration(source, origin, id.get(), resolved));
  }

  /**
   * The value to show for these keys: the license values joined with {@code ", "} unless they are
   * {@code other}, else the name, else the license values, else the link; empty if all are absent
   * or blank.
   */
  static Optional<String> id(List<String> licenses, Optional<String> name, Optional<String> link) {
    List<String> values = licenses.stream().filter(v -> !v.isBlank()).toList();
    Optional<String> license =
        values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    return license
        .filter(l -> !l.equalsIgnoreCase("other"))
        .or(() -> name.filter(n -> !n.isBlank()))
        .or(() -> license)
        .or(() -> link.filter(l -> !l.isBlank()));
  }

  /** The classes of the resolved values; empty when none has a class. */
  Set<LicenseClass> classes() {
    Set<LicenseClass> classes = EnumSet.noneOf(LicenseClass.class);
    licenses.forEach(l -> l.licenseClass().ifPresent(classes::add));
    return classes;
  }

  /** {@code id (source)}, as the DECLARED column shows it. */
  String shown() {
    return id + " (" + source + ")";
  }

  private static boolean isUrl(String link) {
    return link.contains("://");
  }
}
