package dev.ajar.spark.local;

import dev.ajar.spark.ClassifyJob;
import java.util.Arrays;

/**
 * The commands of {@code ajar-spark-job.jar}, run by {@link LocalLauncher}:
 *
 * <pre>
 * java -jar ajar-spark-job.jar --input DIR --output OUT.parquet ...   # ClassifyJob, local[*]
 * java -jar ajar-spark-job.jar export-spdx DIR                         # SpdxExport
 * java -jar ajar-spark-job.jar show OUT.parquet [KEY_COLUMN]          # ParquetShow
 * java -jar ajar-spark-job.jar benchmark [--repeat N] [--runs N]       # SparkBenchmark
 * </pre>
 *
 * Logging is quiet (warnings, on stderr) unless {@code log4j2.configurationFile} is set.
 */
public final class LocalMain {
  private LocalMain() {}

  /**
   * Runs the subcommand {@code args[0]} ({@code export-spdx}, {@code show} or {@code benchmark})
   * with the remaining arguments, or {@link ClassifyJob} with all of them otherwise.
   *
   * @param args the command line
   * @throws Exception whatever the subcommand throws
   */
  public static void main(String[] args) throws Exception {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", ClassifyJob.LOCAL_LOG_CONFIG);
    }
    String command = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "export-spdx" -> SpdxExport.main(rest);
      case "benchmark" -> SparkBenchmark.main(rest);
      case "show" -> ParquetShow.main(rest);
      default -> ClassifyJob.main(args);
    }
  }
}
