package dev.ajar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ajar's own command line as shipped ({@code cli/target/ajar/bin/ajar}: the launcher with its
 * class-data sharing archive), run cold beside the other command-line tools, the same two ways:
 * one process over all SPDX texts ({@code ajar classify --format json FILE...}, start-up
 * included), and one process per text. It answers with the ids of {@code closestLicense}.
 *
 * <p>The launcher is looked for beside this benchmark's jar ({@code benchmarks/target/../../cli/
 * target/ajar/bin/ajar}, so the README's build makes both), or at {@code -Dajar.cli=PATH}.
 */
final class AjarCliPeer extends CommandLinePeer {

  /** The name the report and the targets use. */
  static final String TOOL = "ajar-cli";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path launcher;

  private AjarCliPeer(Path launcher) {
    super(TOOL, List.of(), List.of(launcher.toString(), "--version"),
        "batch: one cold process, `ajar classify --format json FILE...`, all processors");
    this.launcher = launcher;
  }

  /** The peer, or why it cannot run (the CLI was not built). */
  static Optional<AjarCliPeer> locate() {
    Path p = Optional.ofNullable(System.getProperty("ajar.cli")).map(Path::of).orElseGet(AjarCliPeer::besideThisJar);
    return Files.isExecutable(p) ? Optional.of(new AjarCliPeer(p)) : Optional.empty();
  }

  /** Where {@link #locate()} looks when {@code ajar.cli} is not set. */
  static Path besideThisJar() {
    try {
      Path jar = Path.of(AjarCliPeer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path repo = jar.toAbsolutePath().getParent().getParent().getParent();
      return repo.resolve(Path.of("cli", "target", "ajar", "bin", "ajar"));
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("cli", "target", "ajar", "bin", "ajar");
    }
  }

  @Override
  List<String> batchCommand(List<Path> files, PeerTexts texts) {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "classify", "--format", "json"));
    files.forEach(f -> cmd.add(f.toString()));
    return cmd;
  }

  @Override
  Optional<Line> parseBatch(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      if (!n.has("path") || !n.has("class")) {
        return Optional.empty();
      }
      List<String> ids = new ArrayList<>();
      n.path("closestLicense").path("ids").forEach(id -> ids.add(id.asText()));
      return Optional.of(new Line(Path.of(n.get("path").asText()), ids, Double.NaN));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  List<String> singleCommand(Path file, PeerTexts texts, int index) {
    return List.of(launcher.toString(), "classify", "--format", "json", file.toString());
  }
}
