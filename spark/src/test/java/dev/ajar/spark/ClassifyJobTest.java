package dev.ajar.spark;

import static dev.ajar.spark.LibraryAgreement.assertAgrees;
import static dev.ajar.spark.LibraryAgreement.assertError;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import dev.ajar.spark.local.SpdxExport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ClassifyJob} on a folder of SPDX texts, a Parquet of model cards, JSON Lines and bad files. */
class ClassifyJobTest {
  @TempDir static Path dir;

  private static SparkSession spark;
  private static List<SpdxLicense> licenses;
  private static String mit;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    licenses = SpdxCorpus.load().licenses();
    mit = licenses.stream().filter(l -> l.id().equals("MIT")).findFirst().orElseThrow()
        .labelled().text();
  }

  private static JobSummary run(String... args) {
    return ClassifyJob.run(spark, JobOptions.parse(args));
  }

  private static Map<String, Row> readBack(String output, String key) {
    return spark.read().parquet(output).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs(key), r -> r));
  }

  @Test
  void spdxFolderBecomes695ParquetRowsWithTheLibrarysResults() throws IOException {
    Path folder = dir.resolve("spdx");
    SpdxExport.write(licenses, folder);
    String output = dir.resolve("spdx.parquet").toString();

    JobSummary summary = run("--input", folder.toString(), "--output", output);

    assertArrayEquals(new String[] {"path", "ajar"}, spark.read().parquet(output).columns());
    Map<String, Row> rows = readBack(output, "path");
    assertEquals(695, rows.size());
    Map<String, Row> byId = rows.values().stream().collect(Collectors.toMap(
        r -> r.<String>getAs("path").replaceAll(".*/|\\.txt$", ""), r -> r));
    Map<LicenseClass, Long> expected = new EnumMap<>(LicenseClass.class);
    for (SpdxLicense l : licenses) {
      Classification c = LicenseClassifier.classify(l.labelled().text());
      assertAgrees(c, byId.get(l.id()).getAs("ajar"), l.id());
      expected.merge(c.licenseClass(), 1L, Long::sum);
    }
    assertEquals(new JobSummary(695, expected, 0), summary);
  }

  @Test
  void modelCardParquetKeepsItsColumnsAndMatchesTheLibraryRowForRow() {
    List<Row> cards = new ArrayList<>(ModelCards.generate(licenses, 240));
    cards.add(RowFactory.create("bad/null", 1L, null));
    cards.add(RowFactory.create("bad/binary", 2L, "GIF89a\0\0\u0001" + mit));
    cards.add(RowFactory.create("bad/long", 3L, mit.repeat(200)));
    String input = dir.resolve("cards.parquet").toString();
    spark.createDataFrame(cards, ModelCards.SCHEMA).coalesce(1).write().parquet(input);
    String output = dir.resolve("cards-out.parquet").toString();
    int limit = 100_000;

    JobSummary summary = run("--input", input, "--format", "parquet", "--column", "card",
        "--max-text-length", String.valueOf(limit), "--output", output);

    assertArrayEquals(
        new String[] {"repo_id", "downloads", "ajar"}, spark.read().parquet(output).columns());
    Map<String, Row> rows = readBack(output, "repo_id");
    assertEquals(cards.size(), rows.size());
    LicenseClassifier library = LicenseClassifier.builder().maxTextLength(limit).build();
    for (Row card : cards.subList(0, 240)) {
      Row out = rows.get(card.getString(0));
      assertEquals(card.getLong(1), (long) out.getAs("downloads"));
      assertAgrees(library.classifyText(card.getString(2)), out.getAs("ajar"), card.getString(0));
    }
    assertError(rows.get("bad/null").getAs("ajar"), RowClassifier.NULL_TEXT, "null");
    assertError(rows.get("bad/binary").getAs("ajar"), "binary", "binary");
    assertError(rows.get("bad/long").getAs("ajar"), "over the limit of " + limit, "long");
    assertEquals(3, summary.errors());
    assertEquals(cards.size(), summary.rows());
    assertEquals(60, summary.byClass().get(LicenseClass.NOT_A_LICENSE), "the cards with no license");
  }

  @Test
  void jsonLinesWithMissingAndMalformedTexts() throws IOException {
    Path input = dir.resolve("cards.jsonl");
    String escaped = mit.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    Files.writeString(input, String.join("\n",
        "{\"id\": \"mit\", \"text\": \"" + escaped + "\"}",
        "{\"id\": \"no-text\"}",
        "{\"id\": \"null-text\", \"text\": null}",
        "this line is not JSON"), UTF_8);
    String output = dir.resolve("jsonl-out.parquet").toString();

    JobSummary summary = run(
        "--input", input.toString(), "--format", "jsonl", "--keep-text", "--output", output);

    List<Row> rows = spark.read().parquet(output).collectAsList();
    assertEquals(4, rows.size());
    Row mitRow = rows.stream().filter(r -> "mit".equals(r.getAs("id"))).findFirst().orElseThrow();
    assertEquals(mit, mitRow.getAs("text"));
    assertAgrees(LicenseClassifier.classify(mit), mitRow.getAs("ajar"), "mit");
    assertEquals(3, summary.errors());
    assertEquals(1, summary.byClass().get(LicenseClass.OSD_COMPATIBLE));
  }

  @Test
  void badFilesGetErrorRowsAndTheJobSucceeds() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("mixed/nested"));
    int limit = 3_000;
    String legacy = "Copyright \u00a9 2024 Caf\u00e9 Ltd.\n\n" + mit;
    Files.writeString(folder.resolve("mit.txt"), mit, UTF_8);
    Files.write(folder.resolve("legacy.txt"), legacy.getBytes(Charset.forName("windows-1252")));
    byte[] utf16 = ("\uFEFF" + mit).getBytes(UTF_16LE);
    Files.write(folder.resolve("utf16.txt"), utf16);
    Files.write(folder.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.writeString(folder.resolve("huge.txt"), "x".repeat(3 * limit + 4), UTF_8);
    Files.writeString(folder.resolve("long.txt"), "y ".repeat(limit), UTF_8);
    String output = dir.resolve("mixed.parquet").toString();

    JobSummary summary = run("--input", dir.resolve("mixed").toString(),
        "--max-text-length", String.valueOf(limit), "--output", output);

    Map<String, Row> rows = spark.read().parquet(output).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("path").replaceAll(".*/", ""), r -> r));
    LicenseClassifier library = LicenseClassifier.builder().maxTextLength(limit).build();
    assertAgrees(library.classifyText(mit), rows.get("mit.txt").getAs("ajar"), "utf-8");
    assertAgrees(library.classifyText(legacy), rows.get("legacy.txt").getAs("ajar"), "cp1252");
    assertAgrees(library.classifyText(mit), rows.get("utf16.txt").getAs("ajar"), "utf-16");
    assertError(rows.get("image.png").getAs("ajar"), "binary: a NUL byte", "png");
    assertError(rows.get("huge.txt").getAs("ajar"),
        "file is " + (3 * limit + 4) + " bytes long, over the limit of " + (3 * limit + 3), "huge");
    assertError(rows.get("long.txt").getAs("ajar"),
        "text is " + (2 * limit) + " chars long, over the limit of " + limit, "long");
    assertEquals(new JobSummary(6, Map.of(LicenseClass.OSD_COMPATIBLE, 3L), 3), summary);
  }

  @Test
  void anExistingOutputIsReplacedOnlyWhenAsked() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("one"));
    Files.writeString(folder.resolve("MIT.txt"), mit, UTF_8);
    String output = dir.resolve("one.parquet").toString();
    run("--input", folder.toString(), "--output", output);

    AnalysisException e = assertThrows(AnalysisException.class,
        () -> run("--input", folder.toString(), "--output", output));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    assertEquals(1, run("--input", folder.toString(), "--output", output, "--overwrite").rows());
  }

  @Test
  void aMissingTextColumnIsAUsageErrorNamingTheColumns() {
    String input = dir.resolve("no-text.parquet").toString();
    spark.createDataFrame(List.of(RowFactory.create("a", 1L, "MIT")), ModelCards.SCHEMA)
        .write().parquet(input);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(
        "--input", input, "--format", "parquet", "--output", dir.resolve("x").toString()));
    assertEquals(input + " has no column text; its columns are [repo_id, downloads, card]"
        + " (name the text column with --column)", e.getMessage());
  }
}
