package dev.ajar.spark.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the SPDX License List texts bundled with Ajar to a folder, one {@code <id>.txt} per
 * license in UTF-8, exactly as the list ships them: the input of the README's local run.
 *
 * <p>Usage: {@code java -jar ajar-spark-job.jar export-spdx FOLDER}. Existing
 * files of the same names are replaced; other files are left alone.
 */
public final class SpdxExport {
  private SpdxExport() {}

  /**
   * Writes the texts to the folder {@code args[0]}, creating it, and prints how many; exits with
   * status 1 on a usage error.
   *
   * @param args the folder, alone
   * @throws IOException if the folder cannot be created or a file written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: export-spdx FOLDER");
      System.exit(1);
    }
    List<SpdxLicense> licenses = SpdxCorpus.load().licenses();
    write(licenses, Path.of(args[0]));
    System.out.printf(
        "%d SPDX License List %s texts written to %s%n",
        licenses.size(), SpdxCorpus.load().listVersion(), args[0]);
  }

  /**
   * Writes each license's text to {@code folder/<id>.txt}, creating the folder if needed.
   *
   * @param licenses the licenses whose {@linkplain SpdxLicense#labelled() labelled text} is written
   * @param folder where the files go
   * @throws IOException if the folder cannot be created or a file written
   */
  public static void write(List<SpdxLicense> licenses, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (SpdxLicense license : licenses) {
      Files.writeString(folder.resolve(license.id() + ".txt"), license.labelled().text(), UTF_8);
    }
  }
}
