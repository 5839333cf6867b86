package dk.socialbench.pipeline;

import static dk.socialbench.contract.DeliveryColumn.CASE_ID;
import static dk.socialbench.contract.DeliveryColumn.CLOSING_REASON;

import dk.socialbench.SparkTest;
import dk.socialbench.cli.CommandLines;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

/**
 * The attacker's delivery ({@link AttackDelivery}) through the whole command line, as a child
 * process: everything it writes under WORK (Parquet value by value, every other file as text) and
 * everything it prints (stdout, stderr, Spark's log) is scanned for every planted CPR number in any
 * spelling and every planted name part. Then deliveries that must be refused (no header row, a
 * header holding a name and a CPR number, a stray quote, an unclosed quote and invalid UTF-8 in
 * data lines): one clear message each, no stack trace, nothing planted printed, WORK unchanged.
 */
public class PrivacyAttackTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final Pattern END = Pattern.compile("### end (\\d+) exit (\\d+)");
  private static final Map<String, String> KEY =
      Map.of("SOCIALBENCH_PSEUDONYM_KEY", "privacy-attack-test-key-0123");

  /**
   * The attack delivery's run, in a child JVM, once for both tests: the first scans it, the second
   * runs the refused deliveries on its WORK and asserts that they change nothing in it.
   */
  @ClassRule public static final AttackRun ATTACK = new AttackRun();

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  /** A WORK holding the run of {@link AttackDelivery}, and what that run printed. */
  public static final class AttackRun extends ExternalResource {
    private final TemporaryFolder root = new TemporaryFolder();
    private Path work;
    private String printed;

    @Override
    protected void before() throws Throwable {
      root.create();
      Path input = root.newFolder("input").toPath();
      work = root.getRoot().toPath().resolve("work");
      AttackDelivery.write(input);
      printed = run(List.of(List.of("run", "--input", input, "--work", work))).get(0);
    }

    @Override
    protected void after() {
      root.delete();
    }
  }

  @Test
  public void a_delivery_built_to_leak_leaks_nothing_it_is_written_to_or_printed_on()
      throws Exception {
    Path work = ATTACK.work;
    Secrets secrets = AttackDelivery.secrets();

    List<String> leaks = new ArrayList<>();
    secrets.scan("the run's output", ATTACK.printed, leaks);
    WorkScan.scan(spark(), work, secrets, leaks);
    Assert.assertEquals("leaks: " + leaks, List.of(), leaks);

    String out = ATTACK.printed;
    Assert.assertTrue(out, out.contains("exit 0"));
    Assert.assertTrue(out, out.contains("Rows read 25 = accepted 6 + quarantined 19 (reconciled)"));
    Assert.assertFalse(out, out.contains("\tat "));
    RunLayout layout = new RunLayout(work);
    String runId = Files.readString(layout.latest()).strip();
    RunManifest manifest = RunManifest.read(layout.manifest(runId));
    Assert.assertEquals(AttackDelivery.READ, manifest.rows().read());
    Assert.assertEquals(AttackDelivery.ACCEPTED, manifest.rows().accepted());
    Set<String> shown = Set.of(AttackDelivery.CSV_SHOWN, AttackDelivery.XLSX_SHOWN);
    Assert.assertEquals(shown, Set.copyOf(manifest.inputs().stream().map(f -> f.name()).toList()));
    for (Row r :
        spark()
            .read()
            .parquet(layout.registrations(runId).toString())
            .select("source_file")
            .distinct()
            .collectAsList()) {
      Assert.assertTrue(r.getString(0), shown.contains(r.getString(0)));
    }
    checkPublishedDataQuality(layout, runId, shown);
    checkFormulasAreText(layout.quarantine(runId).resolve("rejected_rows.csv"));
  }

  /** The published data-quality rows hold codes, shown file names and line numbers only. */
  private void checkPublishedDataQuality(RunLayout layout, String runId, Set<String> files) {
    Set<String> columns = new HashSet<>(DeliveryColumn.header());
    Set<String> rules = new HashSet<>();
    for (dk.socialbench.ingest.Rule rule : dk.socialbench.ingest.Rule.values()) {
      rules.add(rule.code());
    }
    List<Row> rejected =
        spark().read().parquet(layout.published(runId, "rejected_rows").toString()).collectAsList();
    Assert.assertEquals(19, rejected.size());
    for (Row r : rejected) {
      // Every row, those without a valid code included, is Frederiksberg's: its files are.
      Assert.assertEquals(r.toString(), "147", r.getAs("municipality_code"));
      Assert.assertTrue(r.toString(), files.contains(r.<String>getAs("source_file")));
      Assert.assertTrue(r.toString(), r.<Long>getAs("source_line") > 1);
      String column = r.getAs("column");
      Assert.assertTrue(r.toString(), column == null || columns.contains(column));
      Assert.assertTrue(r.toString(), rules.contains(r.<String>getAs("rule")));
    }
    Set<String> municipalities = new HashSet<>(Set.of(Municipalities.ALL, "unknown"));
    Municipalities.danish().all().forEach(m -> municipalities.add(m.code()));
    columns.add("");
    for (Row r :
        spark()
            .read()
            .parquet(layout.published(runId, "quarantine_summary").toString())
            .collectAsList()) {
      Assert.assertTrue(
          r.toString(), municipalities.contains(r.<String>getAs("municipality_code")));
      Assert.assertTrue(r.toString(), rules.contains(r.<String>getAs("rule")));
      Assert.assertTrue(r.toString(), columns.contains(r.<String>getAs("column")));
    }
  }

  /** Excel evaluates a cell starting with =, +, - or @: delivered text gets a ' before it. */
  private static void checkFormulasAreText(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    Assert.assertTrue(text, text.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"[fjernet]\"\")\";"));
    // Read back by Commons CSV: every field as Excel gets it, quotes and all undone.
    try (CSVParser records =
        CSVParser.parse(
            text.substring(text.startsWith("\uFEFF") ? 1 : 0),
            CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
      for (CSVRecord record : records) {
        for (String field : record) {
          Assert.assertFalse(
              record.toString(),
              field.matches("(?s)[=+@\t\r].*") || field.matches("(?s)-[^0-9].*"));
        }
      }
    }
  }

  @Test
  public void refused_deliveries_print_one_message_nothing_planted_and_change_nothing()
      throws Exception {
    Path root = temp.newFolder("refused").toPath();
    Path work = ATTACK.work;
    Map<String, String> before = KilledRunTest.snapshot(work);

    int columns = DeliveryColumn.values().length;
    String bo = AttackDelivery.line(0, "S-1", null, null);
    Map<String, byte[]> deliveries =
        new java.util.LinkedHashMap<>(
            Map.of(
                "no-header", utf8(bo + "\n" + bo + "\n"),
                "header-cpr",
                    utf8(AttackDelivery.withHeader().strip() + ";Kjærsgaard;15.03.72-1234\n"),
                "header-name", utf8(AttackDelivery.withHeader().strip() + ";Bo Kjærsgaard\n"),
                "stray-quote",
                    utf8(
                        AttackDelivery.withHeader(
                            AttackDelivery.line(0, null, CASE_ID, "\"S-9"),
                            AttackDelivery.line(1, "S-10", null, null),
                            AttackDelivery.line(2, null, CASE_ID, "S-11\""))),
                "unclosed-quote",
                    utf8(
                        AttackDelivery.withHeader(
                            AttackDelivery.line(1, "S-12", null, null),
                            AttackDelivery.line(
                                1, "S-13", CLOSING_REASON, "\"Ib Qvistgaard flyttede"))),
                "windows-1252",
                    (AttackDelivery.withHeader(bo)).getBytes(Charset.forName("windows-1252"))));
    Map<String, String> expected =
        Map.of(
            "no-header",
                "levering.csv: line 1 holds values (numbers, dates or CPR numbers), not column names",
            "header-cpr",
                "levering.csv: line 1 holds values (numbers, dates or CPR numbers), not column names",
            "header-name",
                "levering.csv: line 1: the header names a column the delivery format does not know:"
                    + " column "
                    + (columns + 1)
                    + " of "
                    + (columns + 1),
            "stray-quote",
                "levering.csv: lines 2–4: the quoted cell in column 2 (case_id) spans 3 lines",
            "unclosed-quote", "levering.csv: line 3: a quoted cell is never closed",
            "windows-1252", "levering.csv: line 2: bytes that are not valid UTF-8");
    List<List<?>> commands = new ArrayList<>();
    for (Map.Entry<String, byte[]> d : deliveries.entrySet()) {
      Path dir = root.resolve(d.getKey());
      Files.createDirectories(dir);
      Files.write(dir.resolve("levering.csv"), d.getValue());
      commands.add(List.of("run", "--input", dir, "--work", work));
    }
    List<String> printed = run(commands);

    Secrets secrets = AttackDelivery.secrets();
    List<String> leaks = new ArrayList<>();
    int i = 0;
    for (String name : deliveries.keySet()) {
      String out = printed.get(i++);
      secrets.scan(name, out, leaks);
      List<String> messages = out.lines().filter(l -> l.startsWith("socialbench: ")).toList();
      Assert.assertEquals(name + ": " + out, 1, messages.size());
      Assert.assertTrue(
          name + ": " + messages.get(0),
          messages.get(0).startsWith("socialbench: " + expected.get(name)));
      Assert.assertTrue(name + ": " + out, out.contains("exit 2"));
      Assert.assertFalse(name + ": " + out, out.contains("\tat ") || out.contains("Exception"));
      Assert.assertFalse(name + ": " + out, out.contains(" ERROR ") || out.contains(" WARN "));
    }
    Assert.assertEquals("leaks: " + leaks, List.of(), leaks);
    Assert.assertEquals("WORK as the good run left it", before, KilledRunTest.snapshot(work));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Runs the command lines in one child JVM; what it printed (stdout and stderr, Spark's log
   * included) for each, ending with its "exit N" marker.
   */
  private static List<String> run(List<? extends List<?>> commands) throws Exception {
    List<String> args = new ArrayList<>();
    for (List<?> command : commands) {
      if (!args.isEmpty()) {
        args.add(CommandLines.NEXT);
      }
      command.forEach(a -> args.add(a.toString()));
      args.addAll(List.of("--master", "local[2]"));
    }
    ChildProcess child = ChildProcess.start(CommandLines.class, args, KEY);
    Assert.assertEquals(0, child.waitFor(Duration.ofMinutes(10)));
    String all = child.output();
    List<String> parts = new ArrayList<>();
    Matcher end = END.matcher(all);
    int from = 0;
    while (end.find()) {
      parts.add(all.substring(from, end.end()));
      from = end.end();
    }
    Assert.assertEquals(all, commands.size(), parts.size());
    return parts;
  }
}
