/**
 * Ajar on Apache Spark: the {@code ajar_classify} SQL function ({@link dev.ajar.spark.AjarSpark}),
 * a DataFrame transform, and a batch job ({@link dev.ajar.spark.ClassifyJob}) that classifies
 * folders of text files, JSON Lines or Parquet into Parquet.
 *
 * <p>Each executor JVM builds one {@link dev.ajar.LicenseClassifier} per set of {@link
 * dev.ajar.spark.ClassifierOptions} and shares it among its tasks; results are those of the library,
 * row for row. A row that cannot be classified (null, over the length limit, binary) gets a result
 * whose {@code error} field says why, never a failed job.
 */
package dev.ajar.spark;
