package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dk.socialbench.SparkTest;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.Test;

/**
 * A file named after a citizen is renamed inside Spark; the plan of that step is written to Spark's
 * event log and history server (commonly on for a cluster) and to the SQL tab of its UI, so it must
 * not hold the name it hides. Found by the red team of issue 12: the renaming was a {@code CASE
 * WHEN source_file = '<name as delivered>'} whose literals were in the event log.
 */
public class ShownFileNamesPlanTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  /** A made-up name, the name part of the files of {@code AttackDelivery}. */
  private static final String DELIVERED = "Kjærsgaards sag [fjernet].csv";

  private static final String SHOWN = "[fjernet] sag [fjernet].csv";

  @Test
  public void the_plan_that_renames_a_file_does_not_hold_the_name_it_hides() {
    Dataset<Row> rows =
        spark()
            .createDataset(List.of(DELIVERED, "147_frederiksberg.csv"), Encoders.STRING())
            .toDF("source_file");
    Map<String, String> shown =
        Map.of(DELIVERED, SHOWN, "147_frederiksberg.csv", "147_frederiksberg.csv");

    Dataset<Row> renamed = rows.withColumn("source_file", ShownFileNames.column(shown));

    assertEquals(
        List.of(SHOWN, "147_frederiksberg.csv"), renamed.as(Encoders.STRING()).collectAsList());
    String plans = renamed.queryExecution().toString(); // parsed, analysed, optimised, physical
    assertFalse("the plan holds the delivered file name's name part", plans.contains("Kjærsgaard"));
  }

  @Test
  public void no_file_renamed_leaves_the_column_as_it_is() {
    Dataset<Row> rows =
        spark().createDataset(List.of("a.csv"), Encoders.STRING()).toDF("source_file");
    Dataset<Row> same =
        rows.withColumn("source_file", ShownFileNames.column(Map.of("a.csv", "a.csv")));
    assertEquals(List.of("a.csv"), same.as(Encoders.STRING()).collectAsList());
    assertFalse(same.queryExecution().toString().contains("UDF"));
  }
}
