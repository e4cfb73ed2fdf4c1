package dev.ajar.spark;

import static dev.ajar.spark.LibraryAgreement.assertAgrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.SpdxCorpus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link AjarSpark#withClassification}: input columns kept, string and binary text, misuse. */
class DatasetTransformTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("stars", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("bytes", DataTypes.BinaryType);

  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> input() {
    List<Row> rows = SpdxCorpus.load().licenses().stream().limit(30)
        .map(l -> RowFactory.create(l.id(), l.id().length(), l.labelled().text(),
            l.labelled().text().getBytes(StandardCharsets.UTF_8)))
        .toList();
    return spark.createDataFrame(rows, SCHEMA);
  }

  @Test
  void keepsEveryInputColumnAndAddsTheStruct() {
    Dataset<Row> out = AjarSpark.withClassification(input(), "text");

    assertArrayEquals(new String[] {"id", "stars", "text", "bytes", "ajar"}, out.columns());
    assertEquals(ResultStruct.SCHEMA, out.schema().apply("ajar").dataType());
    List<Row> in = input().collectAsList();
    List<Row> rows = out.collectAsList();
    assertEquals(in.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertEquals(in.get(i).getString(0), r.getString(0));
      assertEquals(in.get(i).getInt(1), r.getInt(1));
      assertEquals(in.get(i).getString(2), r.getString(2));
      assertAgrees(LicenseClassifier.classify(r.getString(2)), r.getAs("ajar"), r.getString(0));
    }
  }

  @Test
  void aBinaryColumnIsDecodedAsAFile() {
    List<Row> rows = AjarSpark.withClassification(
        input(), "bytes", "result", ClassifierOptions.DEFAULTS).collectAsList();

    for (Row r : rows) {
      assertAgrees(LicenseClassifier.classify(r.getString(2)), r.getAs("result"), r.getString(0));
    }
  }

  @Test
  void misuseIsRefusedBeforeAnyWork() {
    assertEquals("no column body among [id, stars, text, bytes]",
        assertThrows(IllegalArgumentException.class,
            () -> AjarSpark.withClassification(input(), "body")).getMessage());
    assertEquals("column stars is int, not string or binary",
        assertThrows(IllegalArgumentException.class,
            () -> AjarSpark.withClassification(input(), "stars")).getMessage());
    assertEquals("the input already has a column id",
        assertThrows(IllegalArgumentException.class, () -> AjarSpark.withClassification(
            input(), "text", "id", ClassifierOptions.DEFAULTS)).getMessage());
  }
}
