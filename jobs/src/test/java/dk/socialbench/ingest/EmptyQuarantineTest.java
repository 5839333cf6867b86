package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import scala.collection.JavaConverters;

/**
 * A delivery with no rejected row gets its quarantine without the query over every row: the same
 * Parquet schema, no rows, and a CSV of the header alone, as the full write gives.
 */
public class EmptyQuarantineTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  /** The rejected rows of one valid case of two registrations: none. */
  private Dataset<Row> noneRejected() {
    List<Row> rows = new ArrayList<>();
    for (int line = 2; line <= 3; line++) {
      Object[] v = new Object[ParsedRows.SCHEMA.size()];
      set(v, "kind", "row");
      set(v, "source_file", "f.csv");
      set(v, "source_line", (long) line);
      set(v, "accepted", true);
      set(v, "errors", JavaConverters.asScalaBuffer(new ArrayList<Row>()).toSeq());
      set(v, "municipality_code", "147");
      set(v, "case_id", "S-1");
      set(v, "person_key", "p1");
      set(v, "target_group", "physical");
      set(v, "registration_date", Date.valueOf(line == 2 ? "2015-01-10" : "2016-01-10"));
      set(v, "previous_goal_fulfilled", line == 2 ? null : "fully");
      rows.add(RowFactory.create(v));
    }
    Dataset<Row> flagged = CaseRules.flag(spark().createDataFrame(rows, ParsedRows.SCHEMA));
    return CaseRules.explain(flagged.filter(col("case_bad")));
  }

  private static void set(Object[] values, String column, Object value) {
    values[ParsedRows.SCHEMA.fieldIndex(column)] = value;
  }

  @Test
  public void the_empty_quarantine_is_the_full_writes_quarantine_of_no_rows() throws IOException {
    Dataset<Row> rejected = noneRejected();
    Path full = temp.getRoot().toPath().resolve("full");
    Path empty = temp.getRoot().toPath().resolve("empty");

    Map<String, Long> fullByRule = IngestOutput.write(rejected, full);
    Map<String, Long> emptyByRule = IngestOutput.writeEmpty(rejected, empty);

    assertEquals(Map.of(), fullByRule);
    assertEquals(Map.of(), emptyByRule);
    FileMetaData fullFooter = footer(full);
    FileMetaData emptyFooter = footer(empty);
    // The Parquet schema (types, optional or required) and Spark's schema beside it, which keeps
    // every column's nullability.
    assertEquals(fullFooter.getSchema(), emptyFooter.getSchema());
    String sparkSchema = "org.apache.spark.sql.parquet.row.metadata";
    assertEquals(
        fullFooter.getKeyValueMetaData().get(sparkSchema),
        emptyFooter.getKeyValueMetaData().get(sparkSchema));
    assertEquals(0, spark().read().parquet(empty.resolve(IngestOutput.ROWS).toString()).count());
    // The BOM, then the Danish header, then nothing.
    String header = "\uFEFFfil;linje;kommunekode;sagsnummer;cpr-nummer;felt;værdi;regel;årsag\r\n";
    assertEquals(header, Files.readString(full.resolve(IngestOutput.CSV), StandardCharsets.UTF_8));
    assertEquals(header, Files.readString(empty.resolve(IngestOutput.CSV), StandardCharsets.UTF_8));
  }

  /** The footer of the one Parquet file under {@code quarantine/rows}. */
  private static FileMetaData footer(Path quarantine) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(quarantine.resolve(IngestOutput.ROWS))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
    }
    assertEquals("one Parquet file in " + quarantine, 1, files.size());
    try (ParquetFileReader r =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(files.get(0).toUri()), new Configuration()))) {
      assertEquals(0, r.getRecordCount());
      return r.getFooter().getFileMetaData();
    }
  }
}
