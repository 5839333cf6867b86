package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.size;

import dk.socialbench.contract.CuratedColumn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/** Writes what ingest produced: curated registrations and the quarantine. */
final class IngestOutput {
  private IngestOutput() {}

  /** The quarantine as Parquet, one row per rejected row, in file and line order. */
  static final String ROWS = "rows";

  /** The same as a CSV a caseworker opens in Excel (UTF-8 BOM, {@code ;}, Danish headers). */
  static final String CSV = "rejected_rows.csv";

  /** RFC 4180 as Danish Excel opens it: {@code ;} between fields, CRLF, quotes where needed. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

  static void writeCurated(Dataset<Row> accepted, Path registrations) {
    Column[] columns =
        Arrays.stream(CuratedRegistrations.columnNames()).map(c -> col(c)).toArray(Column[]::new);
    // No repartition: the accepted rows are where ingest's cached rows are (Ingest.run), each
    // municipality's in one task where the files are one municipality's, so one would only
    // shuffle them again. No sort by case either: the cached rows come out of the case rules in
    // their order (municipality, case as delivered, registration date: CaseRules.flag's window,
    // or CaseChecks in the reading task), and the scan of the cache says so, which is the order
    // by municipality the partitioned write needs. A sort by the curated case id sorted every row
    // again (its task's peak execution memory 480 MiB at 10⁷), because the redaction makes that a
    // new column (docs/benchmarks.md 1.48).
    DataFrameWriter<Row> writer =
        accepted
            .select(columns)
            .write()
            .mode(SaveMode.ErrorIfExists)
            // Row groups of 4 MiB let a cluster split the biggest municipalities' files across
            // tasks when analyses read them (docs/partitioning.md).
            .option("parquet.block.size", 4 << 20);
    for (String column : WITHOUT_DICTIONARY) {
      writer = writer.option("parquet.enable.dictionary#" + column, false);
    }
    writer.partitionBy("municipality_code").parquet(registrations.toUri().toString());
  }

  /**
   * Curated columns with about one value per case or row, written plain: a dictionary of them saves
   * little and Parquet's writer hashes and compares every value into it (with the statistics, about
   * 6 % of ingest's task samples at 10⁶ for the string columns; docs/benchmarks.md 1.62). The rows
   * are the same; only the files' encoding differs.
   */
  static final List<String> WITHOUT_DICTIONARY =
      List.of(
          CuratedColumn.CASE_ID.code(),
          CuratedColumn.PERSON_KEY.code(),
          CuratedColumn.PERSON_ID.code(),
          CuratedColumn.SOURCE_LINE.code());

  /**
   * Writes the quarantine and returns the quarantined rows by their first rule. The rows are kept
   * while the Parquet is written, and the CSV and the counts read them from memory: the case rules'
   * explanations are computed once and the Parquet just written is not read back (listing it and
   * reading its footer cost more than the demo's whole quarantine).
   */
  static Map<String, Long> write(Dataset<Row> rejected, Path quarantine) {
    Dataset<Row> rows =
        quarantineRows(rejected)
            // One partition for one file, by a shuffle of the rejected rows only: coalesce(1)
            // would pull the scan of every cached row, the redaction and the case windows into
            // the same single task (docs/benchmarks.md 1.48).
            .repartition(1)
            .sortWithinPartitions("source_file", "source_line");
    rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      rows.write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(quarantine.resolve(ROWS).toUri().toString());
      return writeCsv(rows.toLocalIterator(), quarantine.resolve(CSV));
    } finally {
      rows.unpersist();
    }
  }

  /**
   * The quarantine of a delivery with no rejected row, as {@link #write} would write it (one
   * Parquet file of no rows with the same schema; a CSV of the header alone), without planning or
   * running the query over every cached row that {@code rejected} stands for: the per-file summary
   * has counted the rejected rows already (a generated national delivery has none;
   * docs/benchmarks.md 1.56).
   */
  static Map<String, Long> writeEmpty(Dataset<Row> rejected, Path quarantine) {
    StructType schema = quarantineRows(rejected).schema();
    rejected
        .sparkSession()
        .createDataFrame(List.<Row>of(), schema)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(quarantine.resolve(ROWS).toUri().toString());
    return writeCsv(Collections.emptyIterator(), quarantine.resolve(CSV));
  }

  /** The quarantine's columns: each rejected row's place, its first error and all its errors. */
  private static Dataset<Row> quarantineRows(Dataset<Row> rejected) {
    Column first = element_at(col("final_errors"), 1);
    return rejected.select(
        col("source_file"),
        col("source_line"),
        col("municipality_code"),
        col("case_id"),
        col("cpr_masked"),
        first.getField("column").as("column"),
        first.getField("rule").as("rule"),
        first.getField("value").as("value"),
        first.getField("reason").as("reason"),
        size(col("final_errors")).as("error_count"),
        col("final_errors").as("errors"));
  }

  private static Map<String, Long> writeCsv(Iterator<Row> it, Path csv) {
    Map<String, Long> byRule = new TreeMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, FORMAT)) {
      w.write('\uFEFF');
      out.printRecord(
          "fil",
          "linje",
          "kommunekode",
          "sagsnummer",
          "cpr-nummer",
          "felt",
          "værdi",
          "regel",
          "årsag");
      while (it.hasNext()) {
        Row r = it.next();
        if (r.getInt(9) > 0) {
          byRule.merge(r.getString(6), 1L, Long::sum);
        }
        out.printRecord(
            text(r.getString(0)),
            r.getLong(1),
            text(r.getString(2)),
            text(r.getString(3)),
            text(r.getString(4)),
            text(r.getString(5)),
            text(r.getString(7)),
            text(r.getString(6)),
            text(r.getString(8)));
      }
      return byRule;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
    }
  }

  /** The field as written: {@link #text} in Commons CSV's RFC 4180 quoting with {@code ;}. */
  static String cell(String value) {
    return FORMAT.format(text(value));
  }

  /**
   * A text that Excel shows as text: one starting with {@code =}, {@code +}, {@code -}, {@code @},
   * a tab or a carriage return is prefixed with {@code '} so that it is never evaluated as a
   * formula (delivered text can hold {@code =HYPERLINK(...)}). A plain number such as {@code -3} or
   * {@code 2,5} stays a number. Null stays null (an empty field).
   */
  static String text(String value) {
    if (value != null
        && !value.isEmpty()
        && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(value).matches()) {
      return "'" + value;
    }
    return value;
  }
}
