package dev.ajar.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' one SparkSession: local mode on two cores, no UI, two shuffle partitions, bound to the
 * loopback address. Built on first use and shared by every test class of the run (Spark allows one
 * SparkContext per JVM); stopped when the JVM exits.
 */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = start();

    private static SparkSession start() {
      SparkSession spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("ajar-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
      return spark;
    }
  }

  /** The shared session. */
  static SparkSession session() {
    return Holder.SESSION;
  }
}
