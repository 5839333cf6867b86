package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.RunManifest;
import dk.socialbench.spark.Progress;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest stage: reads every delivery file (one Spark task per file), validates each row and
 * each case, pseudonymises, and writes the accepted rows as curated Parquet and the rejected ones
 * to the quarantine. Nothing is lost: every row read is accepted or quarantined with its reason.
 *
 * <p>Example: {@code new Ingest(spark, key, "UTF-8", today, progress).run(files, curatedDir,
 * quarantineDir)}.
 */
public final class Ingest {
  private final SparkSession spark;
  private final PseudonymKey key;
  private final Charset encoding;
  private final LocalDate today;
  private final Progress progress;

  public Ingest(
      SparkSession spark, PseudonymKey key, Charset encoding, LocalDate today, Progress progress) {
    this.spark = Objects.requireNonNull(spark, "spark == null");
    this.key = Objects.requireNonNull(key, "key == null");
    this.encoding = Objects.requireNonNull(encoding, "encoding == null");
    this.today = Objects.requireNonNull(today, "today == null");
    this.progress = Objects.requireNonNull(progress, "progress == null");
  }

  /**
   * Ingests {@code deliveries}, writing curated registrations to {@code registrations} and rejected
   * rows to {@code quarantine} (both directories must not exist yet: the caller stages them).
   */
  public IngestResult run(DeliveryFiles deliveries, Path registrations, Path quarantine) {
    long start = System.nanoTime();
    deliveries.checkHeaders(encoding);
    // By municipality: a case never spans municipalities, so the case rules' windows need no
    // further shuffle, and the curated data is written one file per municipality.
    Dataset<Row> flagged =
        CaseRules.flag(parse(deliveries.files()).repartition(col("municipality_code")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      progress.stage("ingest: reading " + deliveries.count() + " delivery files");
      List<Row> markers = flagged.filter(col("kind").equalTo(ParsedRows.KIND_FILE)).collectAsList();
      Map<String, String> shown = ShownFileNames.of(markers);
      Dataset<Row> asRead = flagged.filter(col("kind").equalTo(ParsedRows.KIND_ROW));
      Map<String, long[]> perFile = countsPerFile(asRead);
      Dataset<Row> rows = asRead.withColumn("source_file", ShownFileNames.column(shown));
      Dataset<Row> accepted = CaseRules.accepted(rows.filter(not(col("case_bad"))));
      Dataset<Row> rejected = CaseRules.explain(rows.filter(col("case_bad")));
      progress.stage("ingest: writing curated registrations");
      IngestOutput.writeCurated(accepted, registrations);
      progress.stage("ingest: writing quarantine");
      Map<String, Long> byRule = IngestOutput.write(spark, rejected, quarantine);
      long[] totals = new long[2];
      perFile
          .values()
          .forEach(
              c -> {
                totals[0] += c[2];
                totals[1] += c[3];
              });
      List<RunManifest.InputFile> files = fileSummaries(markers, shown, perFile);
      long read = files.stream().mapToLong(RunManifest.InputFile::rowsRead).sum();
      long acceptedRows = files.stream().mapToLong(RunManifest.InputFile::accepted).sum();
      return new IngestResult(
          files,
          deliveries.ignored(),
          read,
          acceptedRows,
          read - acceptedRows,
          files.stream().mapToLong(RunManifest.InputFile::blankRows).sum(),
          totals[0],
          totals[1],
          byRule,
          key.fingerprint(),
          key.isDemo(),
          (System.nanoTime() - start) / 1e9);
    } finally {
      flagged.unpersist();
    }
  }

  private Dataset<Row> parse(List<DeliveryFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows =
        jsc.parallelize(files, files.size())
            .flatMap(new ParseDeliveryFile(key, encoding.name(), today));
    return spark.createDataFrame(rows, ParsedRows.SCHEMA);
  }

  /**
   * Per file, in one job: rows read, rows accepted, free-text redactions in accepted rows, and
   * accepted cases (accepted rows that are a case's first registration).
   */
  private static Map<String, long[]> countsPerFile(Dataset<Row> rows) {
    Column ok = not(col("case_bad"));
    Map<String, long[]> counts = new HashMap<>();
    for (Row r :
        rows.groupBy("source_file")
            .agg(
                count("*"),
                count(when(ok, lit(1))),
                coalesce(sum(when(ok, col("redactions"))), lit(0L)),
                count(when(ok.and(col("registration_number").equalTo(1)), lit(1))))
            .collectAsList()) {
      counts.put(
          r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
    }
    return counts;
  }

  private static List<RunManifest.InputFile> fileSummaries(
      List<Row> markers, Map<String, String> shown, Map<String, long[]> perFile) {
    List<RunManifest.InputFile> out = new ArrayList<>();
    for (Row m : markers) {
      String name = m.getAs("source_file");
      long[] c = perFile.getOrDefault(name, new long[4]);
      out.add(
          new RunManifest.InputFile(
              shown.getOrDefault(name, name),
              m.getAs("file_format"),
              m.<Long>getAs("file_bytes"),
              m.getAs("file_sha256"),
              c[0],
              c[1],
              c[0] - c[1],
              m.<Long>getAs("blank_rows"),
              m.<Long>getAs("file_lines"),
              m.<Long>getAs("file_lines_in_cells")));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }
}
