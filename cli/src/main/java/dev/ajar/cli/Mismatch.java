package dev.ajar.cli;

import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A license file whose class differs from the class a model repository declares for it: the card
 * says {@code license: apache-2.0} (OSD_COMPATIBLE), the LICENSE beside it reads as the Llama 3
 * license (USE_RESTRICTED).
 *
 * <p>A file mismatches a declaration when the file states a license (its class is not {@code
 * NOT_A_LICENSE}), the declaration resolves to at least one class, and the file's class is none of
 * them. A declaration listing several licenses ({@code [apache-2.0, cc-by-nc-4.0]}) is matched by
 * a file of any of their classes; values Ajar cannot resolve declare no class and never mismatch.
 *
 * <p>Immutable.
 *
 * @param found the class read from the file
 * @param declaration the declaration it contradicts
 * @param declaredClasses the classes that declaration resolves to; never contains {@code found}
 */
record Mismatch(LicenseClass found, ModelDeclaration declaration, Set<LicenseClass> declaredClasses) {

  Mismatch {
    declaredClasses = Set.copyOf(declaredClasses);
  }

  /** The mismatches of a file classified as {@code c} with the declarations that apply to it. */
  static List<Mismatch> between(Classification c, List<ModelDeclaration> declarations) {
    List<Mismatch> out = new ArrayList<>();
    if (!c.licenseClass().isLicense()) {
      return out;
    }
    for (ModelDeclaration d : declarations) {
      Set<LicenseClass> declared = d.classes();
      if (!declared.isEmpty() && !declared.contains(c.licenseClass())) {
        out.add(new Mismatch(c.licenseClass(), d, declared));
      }
    }
    return out;
  }

  /**
   * What the declaration declares, with classes: {@code apache-2.0 (OSD_COMPATIBLE)}, or for
   * several values {@code mit (OSD_COMPATIBLE), llama3 (USE_RESTRICTED)}; values without a class
   * are left out.
   */
  String declared() {
    return declaration.licenses().stream()
        .filter(l -> l.licenseClass().isPresent())
        .map(l -> l.excerpt() + " (" + l.licenseClass().get() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * One line for every output format: {@code USE_RESTRICTED found, but the model card
   * models/m/README.md declares apache-2.0 (OSD_COMPATIBLE)}.
   */
  String message() {
    return found
        + " found, but the "
        + declaration.origin().label()
        + " "
        + declaration.source()
        + " declares "
        + declared();
  }

  /** The policy phrase for {@code --fail-on-mismatch}: {@code mismatch with models/m/README.md}. */
  String violation() {
    return "mismatch with " + declaration.source();
  }

  /** The classes of every resolved value, in taxonomy order; used by the JSON and SARIF output. */
  List<String> declaredClassNames() {
    return declaredClasses.stream().sorted().map(Enum::name).toList();
  }
}
