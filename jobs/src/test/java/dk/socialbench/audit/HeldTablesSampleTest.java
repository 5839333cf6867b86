package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.analyses.Analysis;
import dk.socialbench.analyses.AnalysisInputs;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import dk.socialbench.publish.ResultWriter;
import dk.socialbench.publish.WithheldCounts;
import dk.socialbench.spark.Progress;
import dk.socialbench.spark.SparkTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;

/**
 * The gate's audit of a run from the tables its writer holds ({@link HeldTables}) against the same
 * audit from the files: the bundled sample run's true tables written again by {@code ResultWriter},
 * as the pipeline writes them.
 */
public class HeldTablesSampleTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_tables_held_are_the_tables_the_files_hold_read_back() throws IOException {
    Path dir = Files.createTempDirectory("held-tables");
    List<ResultWriter.Written> written = write(dir);

    HeldTables held = HeldTables.of(written);
    Map<String, Table> published = RunTables.read(ResultCatalogue.all(), published(dir));
    Map<String, Table> restricted = RunTables.read(ResultCatalogue.all(), restricted(dir));

    Assert.assertEquals(List.copyOf(published.keySet()), List.copyOf(held.published().keySet()));
    Assert.assertEquals(List.copyOf(restricted.keySet()), List.copyOf(held.restricted().keySet()));
    Assert.assertTrue(PublicationGate.sameTables(published, held.published(), published.keySet()));
    Assert.assertTrue(
        PublicationGate.sameTables(restricted, held.restricted(), restricted.keySet()));
    Assert.assertTrue(PublicationGate.filesHold(held, published(dir), restricted(dir)));
    // the comparison means something only where values of every column type occur
    Assert.assertEquals(
        Set.of(
            Integer.class, Long.class, Double.class, String.class, LocalDate.class, Boolean.class),
        valueTypes(held.restricted()));
  }

  @Test
  public void the_gate_judges_what_was_held_as_it_judges_the_files() throws IOException {
    Path files = Files.createTempDirectory("held-tables");
    write(files);
    Path held = Files.createTempDirectory("held-tables");
    List<ResultWriter.Written> written = write(held);
    PublicationGate gate = new PublicationGate(new Auditor(new PerturbationTable()));

    RunManifest.Audit byFiles =
        gate.check(HandRuns.manifest(), published(files), restricted(files)).audit();
    RunManifest.Audit byMemory =
        gate.check(HandRuns.manifest(), written, published(held), restricted(held)).audit();

    Assert.assertTrue(byFiles.passed());
    Assert.assertTrue(byFiles.countsExamined() > 0);
    Assert.assertEquals(butSeconds(byFiles), butSeconds(byMemory));
    // and the files each gate left behind (rewritten where it withheld counts) hold the same
    Map<String, Table> left = RunTables.read(ResultCatalogue.all(), published(files));
    Assert.assertTrue(
        PublicationGate.sameTables(
            left, RunTables.read(ResultCatalogue.all(), published(held)), left.keySet()));
  }

  @Test
  public void a_file_that_does_not_hold_what_was_held_is_judged_as_the_file_holds_it()
      throws IOException {
    Path dir = Files.createTempDirectory("held-tables");
    List<ResultWriter.Written> written = write(dir);
    // the file of one dataset gets a count of 3 in its first row: a publishing error that the
    // tables held do not have
    ResultDataset d = ResultCatalogue.byName("goal_type");
    Table file = RunTables.read(List.of(d), published(dir)).get(d.name());
    List<Object[]> rows = new ArrayList<>();
    file.rows().forEach(r -> rows.add(r.clone()));
    String count = d.countGroups().get(0).count();
    rows.get(0)[file.columns().indexOf(count)] = 3L;
    WithheldCounts.write(d, file.columns(), rows, published(dir).apply(d.name()));

    PublicationGate.Refused e =
        Assert.assertThrows(
            PublicationGate.Refused.class,
            () ->
                new PublicationGate(new Auditor(new PerturbationTable()))
                    .check(HandRuns.manifest(), written, published(dir), restricted(dir)));

    Assert.assertTrue(e.getMessage(), e.getMessage().contains("goal_type ["));
    Assert.assertTrue(e.getMessage(), e.getMessage().contains("publishing error"));
  }

  /** The sample run's true tables, written by {@code ResultWriter} to {@code dir}. */
  private List<ResultWriter.Written> write(Path dir) {
    SampleRun run = SampleRun.get(spark());
    Map<String, Table> truths = run.restricted();
    List<Analysis> analyses = new ArrayList<>();
    for (ResultDataset d : ResultCatalogue.all()) {
      Table t = truths.get(d.name());
      if (t == null) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      for (Object[] r : t.rows()) {
        Object[] v = r.clone();
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i] instanceof LocalDate date ? java.sql.Date.valueOf(date) : v[i];
        }
        rows.add(RowFactory.create(v));
      }
      Dataset<Row> frame = spark().createDataFrame(rows, schema(d.restrictedColumns()));
      analyses.add(
          new Analysis() {
            @Override
            public ResultDataset dataset() {
              return d;
            }

            @Override
            public Dataset<Row> compute(AnalysisInputs inputs) {
              return frame;
            }
          });
    }
    return new ResultWriter(run.manifest().minCell(), Progress.SILENT)
        .writeAll(analyses, null, restricted(dir), published(dir));
  }

  private static StructType schema(List<Column> columns) {
    return new StructType(
        columns.stream()
            .map(c -> new StructField(c.name(), SparkTypes.of(c.type()), true, Metadata.empty()))
            .toArray(StructField[]::new));
  }

  private static Function<String, Path> published(Path dir) {
    return name -> dir.resolve("published").resolve(name);
  }

  private static Function<String, Path> restricted(Path dir) {
    return name -> dir.resolve("restricted").resolve(name);
  }

  private static Set<Class<?>> valueTypes(Map<String, Table> tables) {
    Set<Class<?>> types = new java.util.HashSet<>();
    for (Table t : tables.values()) {
      for (Object[] r : t.rows()) {
        for (Object v : r) {
          if (v != null) {
            types.add(v.getClass());
          }
        }
      }
    }
    return types;
  }

  private static RunManifest.Audit butSeconds(RunManifest.Audit a) {
    return new RunManifest.Audit(
        a.passed(),
        a.findings(),
        a.named(),
        a.countsExamined(),
        a.relationsNotExact(),
        0,
        a.rounds(),
        a.withheld(),
        a.withheldInAll(),
        a.withheldCells());
  }
}
