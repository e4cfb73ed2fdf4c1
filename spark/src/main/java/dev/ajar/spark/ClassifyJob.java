package dev.ajar.spark;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The batch job: reads a folder of text files, JSON Lines or Parquet, classifies every row, writes
 * Parquet (the input's columns, less the text unless {@code --keep-text}, plus the struct column
 * {@value AjarSpark#RESULT_COLUMN} of {@link ResultStruct#SCHEMA}), then reads the Parquet back and
 * prints how many rows got each class.
 *
 * <p>Bad rows (null text, over the limit, binary) get an error in their struct and never fail the
 * job. The job fails, with exit code 2, only when the input cannot be read or the output cannot be
 * written (including an existing output without {@code --overwrite}); a usage error exits 1.
 *
 * <p>Run by {@code spark-submit} it uses the cluster's master; run by plain {@code java} (no
 * {@code spark.master} property) it runs in local mode on every core, quietly logged.
 */
public final class ClassifyJob {
  /** The log4j2 configuration of local runs: warnings only, on stderr. */
  public static final String LOCAL_LOG_CONFIG = "dev/ajar/spark/log4j2-local.properties";

  private ClassifyJob() {}

  /**
   * Runs the job as the command line describes ({@link JobOptions#USAGE}) and exits.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ClassifyJob: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(1);
      return;
    }
    boolean local = System.getProperty("spark.master") == null;
    if (local && System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", LOCAL_LOG_CONFIG);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("ajar-classify");
    if (local) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    int status = 0;
    try {
      run(spark, options).print(System.out, options.output());
    } catch (Exception e) { // Spark's AnalysisException is checked, though no signature says so
      System.err.println("ClassifyJob: " + e.getMessage());
      status = 2;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * Classifies {@code options.input()} into {@code options.output()} with {@code spark}, and
   * counts what the written Parquet holds. Blocks until the output is written and counted; the
   * session is left running.
   *
   * <p>Besides the exceptions below, Spark throws its {@code org.apache.spark.sql.AnalysisException}
   * if the input does not exist or the output exists and is not to be replaced: a checked exception
   * that no Spark signature declares, so catch {@link Exception} to handle it.
   *
   * @param spark the session to run in
   * @param options what to read, how to classify and where to write
   * @return the number of rows written per class and with an error
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the input has no such text column, or it is neither string
   *     nor binary
   * @throws RuntimeException (Spark's) if the input cannot be read or the output written
   */
  public static JobSummary run(SparkSession spark, JobOptions options) {
    requireNonNull(spark, "spark");
    requireNonNull(options, "options");
    JobInput.classified(spark, options)
        .write()
        .mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(options.output());
    return JobSummary.of(spark.read().parquet(options.output()));
  }
}
