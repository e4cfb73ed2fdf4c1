package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.utility.compare.LicenseCompareHelper;

/**
 * Child-JVM entry point that runs the SPDX Java library's matcher over a list of texts; started and
 * killed by {@link SpdxMatcherPeer}.
 *
 * <p>Argument: a file of {@code key TAB path} lines. Output, one line each, flushed: {@code ready
 * TAB millis} after the library has loaded its license list, then per text {@code result TAB key TAB
 * millis TAB id,id,...} or {@code error TAB key TAB millis TAB message}. The call is {@code
 * LicenseCompareHelper.listAllListedLicenseIdsMatched(text)}: the listed licenses whose template the
 * whole text matches under the SPDX matching guidelines (what spdx-tools' "match" command uses).
 * The license list is the one bundled in the jar ({@code org.spdx.useJARLicenseInfoOnly=true}),
 * so nothing is downloaded.
 */
public final class SpdxMatcherChild {

  /** The SPDX library's switch for "use the bundled license list, never the network". */
  static final String JAR_ONLY = "org.spdx.useJARLicenseInfoOnly";

  private SpdxMatcherChild() {}

  public static void main(String[] args) throws IOException {
    System.setProperty(JAR_ONLY, "true");
    long t0 = System.nanoTime();
    SpdxModelFactory.init();
    ListedLicenses.getListedLicenses().getSpdxListedLicenseIds();
    System.out.println("ready\t" + (System.nanoTime() - t0) / 1_000_000);
    System.out.flush();
    for (String line : Files.readAllLines(Path.of(args[0]), UTF_8)) {
      String[] f = line.split("\t", 2);
      String text = Files.readString(Path.of(f[1]), UTF_8);
      long s = System.nanoTime();
      String out;
      try {
        List<String> ids = LicenseCompareHelper.listAllListedLicenseIdsMatched(text);
        out = "result\t" + f[0] + "\t" + millis(s) + "\t" + String.join(",", ids);
      } catch (Exception e) {
        // Report and go on: one text the library cannot handle is one wrong answer, not a dead peer.
        out = "error\t" + f[0] + "\t" + millis(s) + "\t" + String.valueOf(e).replaceAll("\\s+", " ");
      }
      System.out.println(out);
      System.out.flush();
    }
  }

  private static String millis(long startNanos) {
    return Double.toString((System.nanoTime() - startNanos) / 1e6);
  }
}
