package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * GitHub's licensee (Debian package {@code ruby-licensee}) as a peer.
 *
 * <p>Batch: {@code ruby licensee-batch.rb LIST}, a bundled script that matches each text with the
 * licensee gem's {@code LicenseFile} (what {@code licensee detect} builds for a LICENSE file; same
 * matchers, default 98% confidence threshold) and reports the gem's own time per text. One process
 * per text: {@code licensee detect --json DIR/LICENSE}; the text is copied to a file named {@code
 * LICENSE} first, because licensee only reads files whose name looks like a license file.
 */
final class LicenseePeer extends CommandLinePeer {

  private static final String SCRIPT = "/dev/ajar/benchmarks/peers/licensee-batch.rb";

  LicenseePeer() {
    super("licensee", List.of("licensee", "ruby"), List.of("licensee", "version"),
        "batch: one Ruby process with the licensee gem's LicenseFile matcher");
  }

  @Override
  List<String> batchCommand(List<Path> files, PeerTexts texts) {
    Path script = texts.dir().resolve("licensee-batch.rb");
    try (InputStream in = LicenseePeer.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCRIPT);
      }
      Files.write(script, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + script, e);
    }
    Path list = texts.listFile("licensee-" + files.size() + ".txt", files.stream().map(Path::toString).toList());
    return List.of("ruby", script.toString(), list.toString());
  }

  @Override
  Optional<Line> parseBatch(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 4) {
      return Optional.empty();
    }
    List<String> ids = f[1].isEmpty() ? List.of() : List.of(f[1]);
    return Optional.of(new Line(Path.of(f[0]), ids, Double.parseDouble(f[3])));
  }

  @Override
  Optional<String> parseNote(String line) {
    String[] f = line.split("\t", -1);
    return f.length == 2 && f[0].equals("known")
        ? Optional.of("Its database names " + f[1] + " licenses (those of choosealicense.com), so most SPDX texts are out of its reach")
        : Optional.empty();
  }

  @Override
  List<String> singleCommand(Path file, PeerTexts texts, int index) {
    try {
      Path dir = Files.createDirectories(texts.dir().resolve("licensee-one-" + index));
      Path license = dir.resolve("LICENSE");
      Files.writeString(license, Files.readString(file, UTF_8), UTF_8);
      return List.of("licensee", "detect", "--json", license.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + file, e);
    }
  }
}
