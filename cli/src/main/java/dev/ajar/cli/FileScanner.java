package dev.ajar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command's PATH arguments into the ordered list of inputs to classify.
 *
 * <p>A file argument is always classified; {@code -} is standard input; a folder is scanned
 * recursively (following links to files, but not links to folders below the one given, and skipping
 * {@code .git}, {@code .hg} and {@code .svn}) for license-bearing files: names starting with {@code
 * LICENSE}, {@code LICENCE}, {@code COPYING}, {@code NOTICE} or {@code USE_POLICY}, names
 * containing {@code ACCEPTABLE_USE} (all case-insensitive), model cards ({@code README.md} whose
 * front matter declares a license), the file a model card's {@code license_link} names, and model
 * files ({@code *.gguf}, {@code *.safetensors}) whose header declares a license or cannot be read.
 * With {@code --all-files} every file is taken, but a model file is always reported by its header,
 * never classified as text.
 *
 * <p>Each file carries what its model repository declares ({@link Source#declarations()}): the
 * nearest model card from the file's folder up to the folder given, and the model-file headers of
 * the nearest folder, on the same way up, that has model files declaring a license. A file named
 * on the command line gets those of its own folder. Model-file headers are read once per file;
 * one that cannot be read declares nothing for the files beside it (and, found by a walk or named,
 * is an input with a problem).
 *
 * <p>A link that cannot be followed (its target is missing, or links lead round in a circle) and
 * that would be classified is an input with a problem; a link to a folder above is skipped like any
 * other link to a folder.
 *
 * <p>Order is deterministic: arguments in the order given, and each folder's files sorted by path,
 * name by name. An input given twice (or found by two arguments) is kept once, at its first place
 * (and is not incidental if any argument names it). A missing argument, or a folder that cannot be
 * listed, becomes a {@link Source} with a problem.
 *
 * <p>Not thread-safe: one scanner serves one command run and caches the model cards it reads.
 */
final class FileScanner {
  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn");
  private static final String MODEL_CARD = "README.md";

  private final boolean allFiles;
  private final Map<Path, Optional<ModelCard>> cards = new HashMap<>();
  private final Map<Path, ModelFile> modelFiles = new HashMap<>();
  private final Map<Path, List<ModelDeclaration>> headers = new HashMap<>();

  FileScanner(boolean allFiles) {
    this.allFiles = allFiles;
  }

  /** The inputs named by {@code args}, in output order, each once. */
  List<Source> scan(List<String> args) {
    Map<String, Source> byKey = new LinkedHashMap<>();
    for (String arg : args) {
      for (Source s : expand(arg)) {
        String key = s.file().map(f -> f.toAbsolutePath().normalize().toString()).orElse(s.path());
        // Keep the first place, but a file named on the command line is never incidental.
        byKey.merge(
            key, s, (first, later) -> first.incidental() && !later.incidental() ? later : first);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Whether {@code fileName} is one of the license-bearing names scanned for. */
  static boolean isLicenseName(String fileName) {
    String n = fileName.toUpperCase(Locale.ROOT);
    return n.startsWith("LICENSE")
        || n.startsWith("LICENCE")
        || n.startsWith("COPYING")
        || n.startsWith("NOTICE")
        || n.startsWith("USE_POLICY")
        || n.contains("ACCEPTABLE_USE");
  }

  private List<Source> expand(String arg) {
    if (arg.equals(Source.STDIN)) {
      return List.of(Source.stdin());
    }
    Path path = Path.of(arg);
    if (Files.isDirectory(path)) {
      return walk(arg, path);
    }
    if (!Files.exists(path)) {
      return List.of(
          Source.failed(arg, TextReader.linkProblem(path).orElse("no such file or directory")));
    }
    if (ModelFile.format(path.getFileName().toString()).isPresent()) {
      return List.of(modelSource(arg, path));
    }
    Path dir = parentOf(path);
    return List.of(Source.file(arg, path, false, cardFor(path, dir), declarationsFor(path, dir)));
  }

  /** A model file as an input: its header's report, or the problem reading it. */
  private Source modelSource(String display, Path file) {
    ModelFile model = modelFile(file, display);
    return model.problem().isPresent()
        ? Source.failed(display, model.problem().get())
        : Source.model(display, file, model);
  }

  private List<Source> walk(String arg, Path root) {
    List<Path> found = new ArrayList<>();
    List<Source> failures = new ArrayList<>();
    try {
      // FOLLOW_LINKS so that a root given as a link is walked; links below it are skipped.
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skip =
                  !dir.equals(root)
                      && (Files.isSymbolicLink(dir)
                          || SKIPPED_FOLDERS.contains(dir.getFileName().toString()));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (Files.isRegularFile(file)) {
                found.add(file);
              } else if (attrs.isSymbolicLink()
                  && (allFiles || isLicenseName(file.getFileName().toString()))) {
                // The walk could not follow it: a link to nowhere, or links in a circle.
                TextReader.linkProblem(file)
                    .ifPresent(p -> failures.add(Source.failed(display(arg, root, file), p)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                return FileVisitResult.CONTINUE; // a link to a folder above: links are not followed
              }
              String problem = TextReader.describe(e);
              if (Files.isDirectory(file)) {
                problem = "cannot list folder: " + problem;
              }
              failures.add(Source.failed(display(arg, root, file), problem));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return List.of(Source.failed(arg, TextReader.describe(e)));
    }
    // Compared as absolute, normalised paths: the walk spells files after the argument ("./x/a",
    // "x/./a"), a card's link is resolved and normalised ("x/a"), and "." normalises to "".
    Set<Path> picked = new HashSet<>();
    List<Source> sources = new ArrayList<>(failures);
    for (Path file : found) {
      String name = file.getFileName().toString();
      if (ModelFile.format(name).isPresent()) {
        ModelFile model = modelFile(file, display(arg, root, file));
        if (model.declaration().isPresent() || model.problem().isPresent()) {
          sources.add(modelSource(display(arg, root, file), file));
        }
        continue;
      }
      Optional<ModelCard> card =
          name.equals(MODEL_CARD) ? cardIn(parentOf(file)) : Optional.empty();
      if (isLicenseName(name) || card.isPresent()) {
        picked.add(absolute(file));
      }
      card.flatMap(c -> c.linkedFile(absolute(file).getParent())).ifPresent(picked::add);
    }
    for (Path file : found) {
      boolean isPicked = picked.contains(absolute(file));
      if ((isPicked || allFiles) && ModelFile.format(file.getFileName().toString()).isEmpty()) {
        sources.add(
            Source.file(
                display(arg, root, file),
                file,
                !isPicked,
                cardFor(file, root),
                declarationsFor(file, root)));
      }
    }
    sources.sort(Comparator.comparing(s -> Path.of(s.path()), FileScanner::compareByName));
    return sources;
  }

  /**
   * The model card of the nearest folder, from {@code file}'s up to {@code root}, that has one.
   * Both paths are in the form given on the command line, so {@code root} is an ancestor of {@code
   * file} by name.
   */
  private Optional<ModelCard> cardFor(Path file, Path root) {
    for (Path dir = parentOf(file); dir != null; dir = dir.getParent()) {
      Optional<ModelCard> card = cardIn(dir);
      if (card.isPresent() || dir.equals(root)) {
        return card;
      }
    }
    return Optional.empty();
  }

  /**
   * What the model repository declares for {@code file}: the nearest card's declaration, then the
   * distinct header declarations of the nearest folder, up to {@code root}, whose model files
   * declare any. Both paths are in the form given on the command line.
   */
  private List<ModelDeclaration> declarationsFor(Path file, Path root) {
    List<ModelDeclaration> out = new ArrayList<>();
    cardFor(file, root).map(ModelDeclaration::of).ifPresent(out::add);
    for (Path dir = parentOf(file); dir != null; dir = dir.getParent()) {
      List<ModelDeclaration> found = headersIn(dir);
      if (!found.isEmpty() || dir.equals(root)) {
        out.addAll(found);
        break;
      }
    }
    return out;
  }

  /** The distinct declarations of the model files directly in {@code dir}, by file name. */
  private List<ModelDeclaration> headersIn(Path dir) {
    return headers.computeIfAbsent(
        dir.toAbsolutePath().normalize(),
        abs -> {
          List<Path> files;
          try (Stream<Path> listing = Files.list(abs)) {
            files =
                listing
                    .filter(f -> ModelFile.format(f.getFileName().toString()).isPresent())
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
          } catch (IOException | UncheckedIOException e) {
            return List.of(); // the walk, or reading the file named, reports what is unreadable
          }
          return ModelFile.distinct(
              files.stream().map(f -> modelFile(f, display(dir, f))).toList());
        });
  }

  /** The header of the model file {@code file}, read once, shown as {@code display} */
  private ModelFile modelFile(Path file, String display) {
    return modelFiles.computeIfAbsent(absolute(file), abs -> ModelFile.read(file, display));
  }

  private Optional<ModelCard> cardIn(Path dir) {
    return cards.computeIfAbsent(
        dir.toAbsolutePath().normalize(),
        abs -> {
          Path readme = abs.resolve(MODEL_CARD);
          if (!Files.isRegularFile(readme)) {
            return Optional.empty();
          }
          try {
            return ModelCard.read(TextReader.read(readme).text(), display(dir, readme));
          } catch (TextReader.UnreadableException e) {
            return Optional.empty();
          }
        });
  }

  private static String display(Path dir, Path readme) {
    return dir.resolve(readme.getFileName()).normalize().toString();
  }

  private static String display(String arg, Path root, Path file) {
    return Path.of(arg).resolve(root.relativize(file)).normalize().toString();
  }

  private static Path absolute(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** Orders paths name by name, so a folder's files stay together. */
  private static int compareByName(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }
}
