package dev.ajar.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's licensecheck (package {@code licensecheck}) as a peer: {@code licensecheck -m
 * --shortname-scheme=spdx -l 0 --check .* FILE...}, i.e. machine-readable output, SPDX short
 * names where it has them, the whole file read, every file checked. Batch mode passes all files to
 * one process; one process per text passes one.
 *
 * <p>Its answer ({@code MIT}, {@code GPL-2+ and/or LGPL-2.1}, {@code UNKNOWN}) is split at {@code
 * and/or}, {@code or}, {@code and} and commas; {@code UNKNOWN} names nothing; GNU short names are
 * read as SPDX ids ({@code GPL-2} as {@code GPL-2.0-only}, {@code LGPL-2.1+} as {@code
 * LGPL-2.1-or-later}).
 */
final class LicensecheckPeer extends CommandLinePeer {

  private static final Pattern SPLIT = Pattern.compile("\\s+(?:and/or|or|and)\\s+|\\s*,\\s*");
  private static final Pattern GNU = Pattern.compile("(A?GPL|LGPL|GFDL)-(\\d)(\\.\\d)?(\\+)?");

  LicensecheckPeer() {
    super("licensecheck", List.of("licensecheck"), List.of("licensecheck", "--version"),
        "batch: one licensecheck process over all files");
  }

  @Override
  List<String> batchCommand(List<Path> files, PeerTexts texts) {
    List<String> cmd = new ArrayList<>(command());
    files.forEach(f -> cmd.add(f.toString()));
    return cmd;
  }

  @Override
  Optional<Line> parseBatch(String line) {
    String[] f = line.split("\t", -1);
    return f.length < 2 ? Optional.empty() : Optional.of(new Line(Path.of(f[0]), ids(f[1]), Double.NaN));
  }

  @Override
  List<String> singleCommand(Path file, PeerTexts texts, int index) {
    List<String> cmd = new ArrayList<>(command());
    cmd.add(file.toString());
    return cmd;
  }

  /** The SPDX ids in one licensecheck answer. */
  static List<String> ids(String answer) {
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(answer.strip())) {
      if (part.isEmpty() || part.equals("UNKNOWN")) {
        continue;
      }
      Matcher m = GNU.matcher(part);
      if (m.matches()) {
        String minor = m.group(3) == null ? ".0" : m.group(3);
        part = m.group(1) + "-" + m.group(2) + minor + (m.group(4) == null ? "-only" : "-or-later");
      }
      out.add(part);
    }
    return out;
  }

  private static List<String> command() {
    return List.of("licensecheck", "-m", "--shortname-scheme=spdx", "-l", "0", "--check", ".*");
  }
}
