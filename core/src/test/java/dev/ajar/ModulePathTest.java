package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module {@code dev.ajar} as a user of the module path sees it: only the API is exported, it
 * classifies a text, and the engine's packages cannot be reached.
 *
 * <p>The other tests of this module run on the class path, where module boundaries do not apply;
 * this one builds a module layer from {@code target/classes} and the runtime dependencies listed by
 * the build ({@code target/runtime-classpath.txt}).
 */
class ModulePathTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void onlyTheApiIsExportedAndTheToolPackagesOnlyToTheCorpusModule() {
    ModuleDescriptor d = ModuleFinder.of(CLASSES).find("dev.ajar").orElseThrow().descriptor();
    Map<String, Set<String>> exports = new TreeMap<>();
    for (Exports e : d.exports()) {
      exports.put(e.source(), e.targets());
    }
    assertEquals(Map.of("dev.ajar", Set.of(), "dev.ajar.reference", Set.of("dev.ajar.corpus"),
        "dev.ajar.learn", Set.of("dev.ajar.corpus")), exports);
    assertTrue(d.opens().isEmpty(), d.opens()::toString);
    assertTrue(d.packages().containsAll(Set.of("dev.ajar.text", "dev.ajar.index")), d.packages()::toString);
  }

  @Test
  void classifiesOnTheModulePathAndHidesTheEngine() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader("dev.ajar");
    Class<?> classifier = loader.loadClass("dev.ajar.LicenseClassifier");
    Object result =
        classifier.getMethod("classify", String.class).invoke(null, "Permission is hereby granted to use, copy,"
            + " modify and distribute this software, provided this notice is kept.");
    Object licenseClass = result.getClass().getMethod("licenseClass").invoke(result);
    assertEquals("OSD_COMPATIBLE", licenseClass.toString());

    Class<?> normalizer = loader.loadClass("dev.ajar.text.Normalizer");
    assertFalse(normalizer.getModule().isExported("dev.ajar.text"));
    assertThrows(IllegalAccessException.class,
        () -> normalizer.getMethod("normalize", String.class).invoke(null, "x"));
  }

  private static ModuleLayer layer() throws IOException {
    List<Path> path = new ArrayList<>();
    path.add(CLASSES);
    Path listed = Path.of("target", "runtime-classpath.txt");
    for (String entry : Files.readString(listed).strip().split(java.io.File.pathSeparator)) {
      path.add(Path.of(entry));
    }
    ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
    Configuration cf =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.ajar"));
    assertTrue(cf.findModule("dev.ajar").isPresent(),
        () -> cf.modules().stream().map(m -> m.name()).collect(Collectors.joining(", ")));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }
}
