package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.UserError;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.spark.InterpretedQueries;
import dk.socialbench.spark.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The ingest stage: reads every delivery file (small files several to a Spark task, a larger CSV
 * file in parts of about {@link #PART_BYTES}, one task each), validates each row and each case,
 * pseudonymises, and writes the accepted rows as curated Parquet and the rejected ones to the
 * quarantine. Nothing is lost: every row read is accepted or quarantined with its reason.
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
  private final long partBytes;

  /**
   * CSV files larger than this are read in parts of about this size, one task each: a national
   * delivery in one file then keeps every core busy (about 80,000 rows a part).
   */
  static final long PART_BYTES = 16L << 20;

  public Ingest(
      SparkSession spark, PseudonymKey key, Charset encoding, LocalDate today, Progress progress) {
    this(spark, key, encoding, today, progress, PART_BYTES);
  }

  /**
   * As above, with CSV files split into parts of about {@code partBytes} (tests split small ones).
   */
  Ingest(
      SparkSession spark,
      PseudonymKey key,
      Charset encoding,
      LocalDate today,
      Progress progress,
      long partBytes) {
    if (partBytes < 1) {
      throw new IllegalArgumentException("partBytes must be at least 1, got " + partBytes);
    }
    this.partBytes = partBytes;
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
    try (InterpretedQueries interpreted = InterpretedQueries.upTo(spark, deliveries.bytes())) {
      return ingest(deliveries, registrations, quarantine, start);
    }
  }

  private IngestResult ingest(
      DeliveryFiles deliveries, Path registrations, Path quarantine, long start) {
    List<List<DeliveryPart>> groups = groups(deliveries.files());
    // Where every file is read whole by one task, its cases are checked there, if no case is in
    // two tasks' rows; which is known once every task has read its rows.
    CollectionAccumulator<long[]> cases = null;
    Dataset<Row> flagged;
    if (groups.stream().flatMap(List::stream).allMatch(DeliveryPart::isWhole)) {
      cases = new CollectionAccumulator<>();
      spark.sparkContext().register(cases);
      flagged = checkedInTasks(groups, cases);
    } else {
      flagged = checkedByCase(groups, deliveries.bytes());
    }
    // Cached: the summary per file, the curated rows and the quarantine read it.
    flagged.persist(StorageLevel.MEMORY_AND_DISK());
    Broadcast<long[]> known = null;
    try {
      progress.stage("ingest: reading " + deliveries.count() + " delivery files");
      List<Row> perFile = summaryPerFile(flagged);
      if (cases != null && !CaseChecks.inOneTaskEach(cases.value())) {
        progress.stage("ingest: a case is in the rows of two tasks: checking the cases again");
        flagged.unpersist();
        flagged = checkedByCase(groups, deliveries.bytes()).persist(StorageLevel.MEMORY_AND_DISK());
        perFile = summaryPerFile(flagged);
      }
      Map<String, String> shown = ShownFileNames.of(perFile);
      known = jsc().broadcast(NamePairs.known(perFile));
      Dataset<Row> rows =
          NamePairs.redact(
              flagged
                  .filter(col("kind").equalTo(ParsedRows.KIND_ROW))
                  .withColumn("source_file", ShownFileNames.column(shown)),
              key,
              known);
      Dataset<Row> accepted = CaseRules.accepted(rows.filter(not(col("case_bad"))));
      Dataset<Row> rejected = CaseRules.explain(rows.filter(col("case_bad")));
      boolean noneRejected = perFile.stream().allMatch(Ingest::noneRejected);
      progress.stage("ingest: writing curated registrations and quarantine");
      Broadcast<long[]> pairs = known;
      Dataset<Row> acceptedCells =
          flagged.filter(col("kind").equalTo(ParsedRows.KIND_ROW).and(not(col("case_bad"))));
      OutputWrites writes =
          OutputWrites.run(
              () -> IngestOutput.writeCurated(accepted, registrations),
              () ->
                  noneRejected
                      ? IngestOutput.writeEmpty(rejected, quarantine)
                      : IngestOutput.write(rejected, quarantine),
              () -> NamePairs.cellsNamingOthers(acceptedCells, key, pairs));
      Map<String, Long> byRule = writes.quarantinedByRule();
      Map<String, Long> otherNames = writes.cellsNamingOthers();
      List<RunManifest.InputFile> files = fileSummaries(perFile, shown, otherNames);
      long read = files.stream().mapToLong(RunManifest.InputFile::rowsRead).sum();
      long acceptedRows = files.stream().mapToLong(RunManifest.InputFile::accepted).sum();
      return new IngestResult(
          files,
          deliveries.ignored(),
          read,
          acceptedRows,
          read - acceptedRows,
          files.stream().mapToLong(RunManifest.InputFile::blankRows).sum(),
          files.stream().mapToLong(f -> cleaned(f.cleaned())).sum(),
          perFile.stream().mapToLong(r -> r.<Long>getAs("cases")).sum(),
          byRule,
          key.fingerprint(),
          key.isDemo(),
          (System.nanoTime() - start) / 1e9);
    } finally {
      flagged.unpersist();
      if (known != null) {
        known.destroy();
      }
    }
  }

  /**
   * Input bytes above which ingest's rows by municipality are in at least one partition per core:
   * below, the case window and the curated write are too small to split (the demo's 248 KB took 4–5
   * % more of ingest's CPU in two partitions, two pairs; docs/benchmarks.md 1.56).
   */
  static final long ONE_PARTITION_PER_CORE_ABOVE = 1L << 20;

  /**
   * By municipality: a case never spans municipalities, so the case rules' window needs no further
   * shuffle, and the curated data is written one file per municipality. For an input above {@link
   * #ONE_PARTITION_PER_CORE_ABOVE}, in at least one partition per core: an input of one shuffle
   * partition ({@code InputSizedSettings}: 10⁴ registrations) would run the case window, the cache
   * and the curated write of every municipality in one task, one core idle (docs/benchmarks.md 1.39
   * b, 1.56).
   */
  static Dataset<Row> byMunicipality(Dataset<Row> parsed, long inputBytes) {
    SparkSession spark = parsed.sparkSession();
    int cores = spark.sparkContext().defaultParallelism();
    if (inputBytes > ONE_PARTITION_PER_CORE_ABOVE
        && spark.sessionState().conf().numShufflePartitions() < cores) {
      return parsed.repartition(cores, col("municipality_code"));
    }
    return parsed.repartition(col("municipality_code"));
  }

  private JavaSparkContext jsc() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /**
   * The case rules' columns ({@link CaseRules#flag}) by a shuffle of every row by municipality, a
   * sort and a window: for files split in parts, or a case in the rows of two tasks.
   */
  private Dataset<Row> checkedByCase(List<List<DeliveryPart>> groups, long inputBytes) {
    JavaRDD<InternalRow> rows = parse(groups);
    // Spark's internal rows as they are: createDataFrame would convert every value of a Row.
    return CaseRules.flag(
        byMunicipality(
            spark.internalCreateDataFrame(rows.rdd(), ParsedRows.SCHEMA, false), inputBytes));
  }

  /**
   * The same columns worked out in each reading task ({@link CaseChecks}), which adds its cases'
   * hashes to {@code cases}: no shuffle.
   */
  private Dataset<Row> checkedInTasks(
      List<List<DeliveryPart>> groups, CollectionAccumulator<long[]> cases) {
    return CaseChecks.flag(spark, parse(groups), cases);
  }

  /** Every file's rows and markers: a task per group of {@link #groups}. */
  private JavaRDD<InternalRow> parse(List<List<DeliveryPart>> groups) {
    return jsc()
        .parallelize(groups, groups.size())
        .flatMap(new ParseDeliveryParts(new ParseDeliveryFile(key, encoding.name(), today)));
  }

  /**
   * The tasks' parts to read: a task per part of a large file, and small files (or parts) read
   * together, in order, a task per group of up to {@link #partBytes}, at least two tasks per core
   * while there are enough files, so that both cores stay busy.
   */
  private List<List<DeliveryPart>> groups(List<DeliveryFile> files) {
    JavaSparkContext jsc = jsc();
    List<DeliveryPart> parts = new ArrayList<>();
    List<Long> bytes = new ArrayList<>();
    for (List<DeliveryPart> ofFile : partsOf(files, jsc.defaultParallelism())) {
      for (DeliveryPart p : ofFile) {
        parts.add(p);
        bytes.add(bytes(p));
      }
    }
    long total = bytes.stream().mapToLong(Long::longValue).sum();
    long perTask = Math.max(1, total / (2L * jsc.defaultParallelism()));
    return ParseDeliveryParts.grouped(parts, bytes, Math.min(partBytes, perTask));
  }

  /**
   * Each file's parts, in the files' order. The files to split are split on up to {@code cores}
   * driver threads at once (no more than the machine has): a split reads its whole file before any
   * task can start, and at 10⁷ registrations nearly every one of the 98 files is larger than a
   * part. A file that cannot be read stops the run as a sequential pass would: the first in order.
   */
  private List<List<DeliveryPart>> partsOf(List<DeliveryFile> files, int cores) {
    List<DeliveryFile> toSplit = files.stream().filter(this::toSplit).toList();
    int threads =
        Math.min(toSplit.size(), Math.min(cores, Runtime.getRuntime().availableProcessors()));
    if (threads < 2) {
      return files.stream().map(this::parts).toList();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ingest-split");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<DeliveryPart>>> futures = new ArrayList<>();
      for (DeliveryFile f : files) {
        futures.add(
            toSplit(f)
                ? pool.submit(() -> parts(f))
                : CompletableFuture.completedFuture(List.of(DeliveryPart.whole(f))));
      }
      List<List<DeliveryPart>> out = new ArrayList<>();
      for (Future<List<DeliveryPart>> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while splitting the delivery files", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The bytes a part reads: its range, or the whole file's size. */
  private long bytes(DeliveryPart p) {
    if (!p.isWhole()) {
      return p.end() - p.start();
    }
    try {
      return Files.size(Path.of(java.net.URI.create(p.file().uri())));
    } catch (IOException e) {
      throw new UserError(
          ShownFileNames.ofRefused(p.file(), encoding)
              + ": cannot be read ("
              + e.getClass().getName()
              + ")");
    }
  }

  /** Whether {@code f} is a CSV file larger than {@link #partBytes} (unreadable: whole). */
  private boolean toSplit(DeliveryFile f) {
    try {
      return f.name().toLowerCase(Locale.ROOT).endsWith(".csv")
          && Files.size(Path.of(java.net.URI.create(f.uri()))) > partBytes;
    } catch (IOException e) {
      return false; // reading the file whole names the problem
    }
  }

  /** A CSV file larger than {@link #partBytes} in parts; any other file whole. */
  private List<DeliveryPart> parts(DeliveryFile f) {
    if (!toSplit(f)) {
      return List.of(DeliveryPart.whole(f));
    }
    try (InputStream in = Files.newInputStream(Path.of(java.net.URI.create(f.uri())))) {
      return CsvParts.split(f, in, partBytes);
    } catch (IOException e) {
      // The exception's own message names the path, which may hold what the name hides.
      throw new UserError(
          ShownFileNames.ofRefused(f, encoding)
              + ": cannot be read ("
              + e.getClass().getName()
              + ")");
    }
  }

  /**
   * One row per file, in one job: its marker's facts (format, bytes, checksum, lines, the name to
   * show) and its rows read, rows accepted, free-text cells cleaned in accepted rows, and accepted
   * cases (accepted rows that are a case's first registration).
   */
  private static List<Row> summaryPerFile(Dataset<Row> flagged) {
    Column row = col("kind").equalTo(ParsedRows.KIND_ROW);
    Column ok = row.and(not(col("case_bad")));
    List<Column> columns = new ArrayList<>();
    // Only markers have these; a split file has one marker per part, and only the first part's
    // has the whole file's size, checksum and lines.
    for (String fact : List.of("file_format", "file_bytes", "file_sha256", "file_lines")) {
      columns.add(max(col(fact)).as(fact));
    }
    for (String count : List.of("blank_rows", "file_lines_in_cells")) {
      columns.add(sum(col(count)).as(count));
    }
    columns.add(
        array_distinct(flatten(collect_list(col("file_name_parts")))).as("file_name_parts"));
    columns.add(
        array_distinct(flatten(collect_list(col(ParsedRows.NAME_PAIRS))))
            .as(ParsedRows.NAME_PAIRS));
    columns.add(count(when(ok, lit(1))).as("accepted_rows"));
    for (String cells : List.of("cpr_cells", "own_name_cells")) {
      columns.add(coalesce(sum(when(ok, col(cells))), lit(0L)).as(cells));
    }
    columns.add(count(when(ok.and(col("registration_number").equalTo(1)), lit(1))).as("cases"));
    return flagged
        .groupBy("source_file")
        .agg(count(when(row, lit(1))).as("rows_read"), columns.toArray(Column[]::new))
        .collectAsList();
  }

  /** Whether every row the file's summary counts as read was accepted. */
  private static boolean noneRejected(Row file) {
    return file.<Long>getAs("rows_read").equals(file.<Long>getAs("accepted_rows"));
  }

  private static long cleaned(RunManifest.CellsCleaned c) {
    return c.cprLike() + c.ownName() + c.otherCitizensName();
  }

  /**
   * @param otherNames each file's accepted free-text cells naming another citizen, by name as read
   */
  private static List<RunManifest.InputFile> fileSummaries(
      List<Row> perFile, Map<String, String> shown, Map<String, Long> otherNames) {
    List<RunManifest.InputFile> out = new ArrayList<>();
    for (Row f : perFile) {
      String name = f.getAs("source_file");
      long read = f.<Long>getAs("rows_read");
      long accepted = f.<Long>getAs("accepted_rows");
      out.add(
          new RunManifest.InputFile(
              shown.getOrDefault(name, name),
              f.getAs("file_format"),
              f.<Long>getAs("file_bytes"),
              f.getAs("file_sha256"),
              read,
              accepted,
              read - accepted,
              f.<Long>getAs("blank_rows"),
              f.<Long>getAs("file_lines"),
              f.<Long>getAs("file_lines_in_cells"),
              new RunManifest.CellsCleaned(
                  f.<Long>getAs("cpr_cells"),
                  f.<Long>getAs("own_name_cells"),
                  otherNames.getOrDefault(name, 0L))));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }
}
