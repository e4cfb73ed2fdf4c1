package dev.ajar.spark;

import static dev.ajar.spark.LibraryAgreement.assertAgrees;
import static dev.ajar.spark.LibraryAgreement.assertError;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ajar_classify} in SQL and as a Column, on the SPDX corpus and on bad rows. */
class AjarFunctionTest {
  private static final StructType TEXTS =
      new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    AjarSpark.register(spark);
  }

  private static Dataset<Row> texts(List<Row> rows) {
    return spark.createDataFrame(rows, TEXTS).repartition(4);
  }

  @Test
  void sqlFunctionGivesTheLibrarysResultForEverySpdxText() {
    List<SpdxLicense> licenses = SpdxCorpus.load().licenses();
    texts(licenses.stream().map(l -> RowFactory.create(l.id(), l.labelled().text())).toList())
        .createOrReplaceTempView("spdx");

    List<Row> rows = spark.sql("SELECT id, ajar_classify(text) AS ajar FROM spdx").collectAsList();

    assertEquals(695, rows.size());
    Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    for (SpdxLicense l : licenses) {
      assertAgrees(
          LicenseClassifier.classify(l.labelled().text()), byId.get(l.id()).getStruct(1), l.id());
    }
  }

  @Test
  void documentsGetTheirBasisExpressionAndDecidingFindings() {
    Map<String, String> spdx = SpdxCorpus.load().licenses().stream()
        .filter(l -> l.id().equals("MIT") || l.id().equals("Apache-2.0"))
        .collect(Collectors.toMap(SpdxLicense::id, l -> l.labelled().text()));
    String bundle = spdx.get("MIT") + "\n\n----------\n\n" + spdx.get("Apache-2.0");
    String thread = """
        kjell commented 3 days ago

        Section 3 of the license says:

        > You may not use the Model or any Derivative for military purposes.

        mira commented 2 days ago

        Does a flight simulator count? Ask the authors.
        """;
    texts(List.of(RowFactory.create("bundle", bundle), RowFactory.create("thread", thread)))
        .createOrReplaceTempView("documents");

    Map<String, Row> out = collectById(
        spark.sql("SELECT id, ajar_classify(text) AS ajar FROM documents"));

    Row b = out.get("bundle").getAs("ajar");
    assertAgrees(LicenseClassifier.classify(bundle), b, "bundle");
    assertEquals("MIT AND Apache-2.0", b.getAs("expression"));
    assertFalse(b.getList(b.fieldIndex("deciding")).isEmpty(), "the grants decided");
    Row t = out.get("thread").getAs("ajar");
    assertAgrees(LicenseClassifier.classify(thread), t, "thread");
    assertEquals("NOT_A_LICENSE", t.getAs("license_class"));
    assertEquals("DESCRIPTION", t.getAs("basis"));
    assertNull(t.getAs("expression"));
    assertTrue(t.getList(t.fieldIndex("deciding")).isEmpty(), "talk decides nothing");
  }

  @Test
  void badRowsGetAnErrorAndTheOthersStillClassify() {
    String mit = SpdxCorpus.load().licenses().stream()
        .filter(l -> l.id().equals("MIT")).findFirst().orElseThrow().labelled().text();
    int limit = mit.length();
    char[] blank = new char[10_000];
    Arrays.fill(blank, ' ');
    String lateNul = new String(blank) + "\0 MIT";
    List<Row> input = new ArrayList<>();
    input.add(RowFactory.create("null", null));
    input.add(RowFactory.create("long", mit + " "));
    input.add(RowFactory.create("nul", "Permission is hereby granted\0 free of charge"));
    input.add(RowFactory.create("mit", mit));
    input.add(RowFactory.create("late-nul", lateNul));
    input.add(RowFactory.create("empty", ""));
    ClassifierOptions options = ClassifierOptions.DEFAULTS.withMaxTextLength(limit + 10_000);
    LicenseClassifier library = LicenseClassifier.builder().maxTextLength(limit + 10_000).build();

    Map<String, Row> out = collectById(texts(input)
        .withColumn("short", AjarSpark.classify(col("text"), options.withMaxTextLength(limit)))
        .withColumn("ajar", AjarSpark.classify(col("text"), options)));

    assertEquals(input.size(), out.size());
    assertError(out.get("null").getAs("ajar"), RowClassifier.NULL_TEXT, "null");
    assertError(out.get("long").getAs("short"),
        "text is " + (limit + 1) + " chars long, over the limit of " + limit, "long");
    assertAgrees(library.classifyText(mit + " "), out.get("long").getAs("ajar"), "long, raised limit");
    assertError(out.get("nul").getAs("ajar"), "binary: a NUL char", "nul");
    assertAgrees(library.classifyText(mit), out.get("mit").getAs("short"), "mit at the limit");
    assertAgrees(library.classifyText(lateNul), out.get("late-nul").getAs("ajar"), "NUL after 8192");
    assertAgrees(library.classifyText(""), out.get("empty").getAs("ajar"), "empty");
  }

  @Test
  void oneClassifierPerJvmForEachOptionSet() {
    List<Row> input = SpdxCorpus.load().licenses().stream().limit(40)
        .map(l -> RowFactory.create(l.id(), l.labelled().text())).toList();
    ClassifierOptions options = ClassifierOptions.DEFAULTS.withMaxTextLength(123_456_789);
    int before = SharedClassifiers.built();

    texts(input).select(AjarSpark.classify(col("text"), options)).collectAsList();
    texts(input).select(AjarSpark.classify(col("text"), options)).collectAsList();
    AjarSpark.withClassification(texts(input), "text", "ajar", options).collectAsList();

    assertEquals(before + 1, SharedClassifiers.built(), "4 tasks on 2 cores, 3 jobs, 1 classifier");
  }

  private static Map<String, Row> collectById(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), Function.identity()));
  }
}
