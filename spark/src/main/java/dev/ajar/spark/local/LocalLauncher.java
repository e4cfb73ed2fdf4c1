package dev.ajar.spark.local;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code Main-Class} of {@code ajar-spark-job.jar}: puts that jar and every jar of the {@code
 * lib/} folder beside it (Spark included, as the build copies it) on a class path of their own, and
 * runs {@link LocalMain} there. A manifest {@code Class-Path} cannot list them, since Maven leaves
 * provided dependencies out of it. The jar's manifest also opens the JDK packages Spark needs
 * ({@code Add-Opens}), so {@code java -jar} needs no flags.
 *
 * <p>The loader becomes the thread's context class loader, as under {@code spark-submit}; its
 * parent is the platform loader, so no class is loaded twice from different places.
 */
public final class LocalLauncher {
  private LocalLauncher() {}

  /**
   * Runs {@link LocalMain#main} with {@code args} on the class path of the jar and its lib/.
   *
   * @param args the command line, passed on unchanged
   * @throws IllegalStateException if there is no {@code lib/} folder beside the jar
   * @throws Throwable whatever {@link LocalMain#main} throws, unwrapped, and {@link IOException}
   *     if the {@code lib/} folder cannot be listed
   */
  public static void main(String[] args) throws Throwable {
    URLClassLoader loader =
        new URLClassLoader("ajar-local", classPath(), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    try {
      loader
          .loadClass(LocalMain.class.getName())
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static URL[] classPath() throws IOException, URISyntaxException {
    Path jar = Path.of(LocalLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path lib = jar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException(
          "no lib/ folder beside " + jar.getFileName() + ": run it from target/ where Maven built it");
    }
    List<URL> urls = new ArrayList<>();
    urls.add(url(jar));
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(url(p));
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static URL url(Path path) throws MalformedURLException {
    return path.toUri().toURL();
  }
}
