package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The texts given to out-of-process peers, written once as UTF-8 files {@code t<n>.txt} in a
 * temporary directory, and the map back from file to case. Closing deletes the directory.
 */
final class PeerTexts implements AutoCloseable {

  private final Path dir;
  private final Map<Path, BenchCase> byFile = new LinkedHashMap<>();

  /** Writes {@code cases} to a new temporary directory. */
  PeerTexts(List<BenchCase> cases) {
    try {
      dir = Files.createTempDirectory("ajar-bench-peers").toAbsolutePath();
      for (BenchCase c : cases) {
        Path file = dir.resolve("t" + byFile.size() + ".txt");
        Files.writeString(file, c.text(), UTF_8);
        byFile.put(file, c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write peer texts", e);
    }
  }

  /** The directory holding the files, for scratch files of the peers. */
  Path dir() {
    return dir;
  }

  /** The files of {@code cases}, in their order; every case must have been written. */
  List<Path> files(List<BenchCase> cases) {
    Map<String, Path> byId = new LinkedHashMap<>();
    byFile.forEach((f, c) -> byId.put(c.id(), f));
    List<Path> out = new ArrayList<>();
    for (BenchCase c : cases) {
      Path f = byId.get(c.id());
      if (f == null) {
        throw new IllegalArgumentException("not written: " + c.id());
      }
      out.add(f);
    }
    return out;
  }

  /** The case written to {@code file} (an absolute path as returned by {@link #files}), or null. */
  BenchCase caseOf(Path file) {
    return byFile.get(file);
  }

  /** Writes {@code lines} to a new file in {@link #dir()} and returns it. */
  Path listFile(String name, List<String> lines) {
    try {
      return Files.write(dir.resolve(name), lines, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
    }
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
