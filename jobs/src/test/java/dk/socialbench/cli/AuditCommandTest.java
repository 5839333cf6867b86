package dk.socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.HandRuns;
import dk.socialbench.contract.RunLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./socialbench audit} on a run written by hand ({@link HandRuns}). */
class AuditCommandTest {
  @TempDir Path work;

  private record Outcome(int exit, List<String> lines) {}

  private Outcome audit(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int exit = cl.execute(args);
    // The timing lines vary; everything else is compared whole.
    List<String> lines =
        out.toString()
            .lines()
            .map(
                l ->
                    l.replaceAll(" in [0-9.]+ s($|:|\\))", " in T s$1")
                        .replaceAll(", [0-9.]+ s, ", ", T s, ")
                        .replaceAll(", [0-9.]+ s \\([0-9.]+ s CPU", ", T s (T s CPU")
                        .replaceAll("\\(cycles [0-9.]+ s\\)", "(cycles T s)"))
            .toList();
    return new Outcome(exit, lines);
  }

  @Test
  void a_run_without_findings_passes_with_exit_0_and_prints_its_loss() throws Exception {
    HandRuns.write(new RunLayout(work), false);

    Outcome o = audit("audit", "--work", work.toString(), "--loss");

    assertEquals(0, o.exit());
    // Loss, municipal only: improvement |6-5| = 1, status quo 0, total 0: 3 cells, mean 0.333.
    assertEquals(
        List.of(
            "Audit of run " + HandRuns.RUN_ID + " in " + work + ", threshold 5",
            "3 published counts of persons and 1 constraints between them examined in T s",
            // No true count of 1-4 persons that propagation leaves open: nothing to solve.
            "exact step: 0 count(s) solved by 0 programme(s) (0 integer) and 0 witness(es) in T"
                + " s: 0 tightened, 0 pinned",
            "PASSED: nothing found",
            "Information loss (|published - true| over counts of persons; cells, mean, max):",
            String.format(
                "%-30s %22s %22s %8s %8s", "dataset", "national", "municipal", "1-4->0", "1-4->5"),
            String.format(
                "%-30s %22s %22s %8d %8d", "goal_type", "0, 0.000, 0", "3, 0.333, 1", 0, 0)),
        o.lines());
  }

  @Test
  void a_leaking_run_fails_with_exit_1_naming_the_cell() throws Exception {
    HandRuns.write(new RunLayout(work), true);

    Outcome o = audit("audit", "--work", work.toString(), "--run", HandRuns.RUN_ID);

    assertEquals(1, o.exit());
    assertEquals(
        List.of(
            "Audit of run " + HandRuns.RUN_ID + " in " + work + ", threshold 5",
            "3 published counts of persons and 1 constraints between them examined in T s",
            // No true count of 1-4 persons that propagation leaves open: nothing to solve.
            "exact step: 0 count(s) solved by 0 programme(s) (0 integer) and 0 witness(es) in T"
                + " s: 0 tightened, 0 pinned",
            "goal_type: 1 finding(s)",
            "  goal_type [101, goal_type=improvement] cases: published count is not the"
                + " perturbation of its true count",
            "FAILED: 1 finding(s)"),
        o.lines());
  }

  @Test
  void the_whole_system_attack_takes_its_limits_from_the_command_line() throws Exception {
    HandRuns.write(new RunLayout(work), false);

    Outcome o =
        audit(
            "audit",
            "--work",
            work.toString(),
            "--whole",
            "--round-seconds",
            "2",
            "--side-seconds",
            "1",
            "--budget-seconds",
            "5",
            "--workers",
            "1",
            "--max-neighbourhood",
            "50",
            "--every-side",
            "--region-seeds",
            "3",
            "--wall-clock",
            "--export-system",
            work.resolve("hand.system").toString());

    assertEquals(0, o.exit());
    // the system as attacked: the hand run's 3 counts and its one constraint, each named
    Map<String, Long> kinds =
        java.nio.file.Files.readAllLines(work.resolve("hand.system")).stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    l -> l.substring(0, 1),
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
    assertEquals(Map.of("c", 1L, "n", 3L, "o", 1L, "v", 3L), kinds);
    // the hand run's 3 counts and its one constraint are one component; no count of 1..4 true
    // persons is left open, so nothing is attacked and nothing is left undecided
    assertEquals(
        List.of(
            "whole-system attack: 0 count(s) in 0 of 1 component(s) (largest 3 counts, 1"
                + " constraints; the largest attacked []): 0 with a side open (0 by witnesses, 0"
                + " by cycles, 0 by programmes, 0 by regions, 0 by own neighbourhoods, 0 by the whole"
                + " component), 0 pinned (both sides closed), 0 undecided (no side open, not"
                + " pinned); sides: 0 programme(s) (0 integer), 0"
                + " witness(es), 0 side(s) of large components shown open by a witness beside the"
                + " truth (cycles T s); CP-SAT: 0 solve(s) (0 until every count had a side open or was closed),"
                + " 0 side(s) shown open by a solution (0 of a"
                + " neighbourhood, 0 of them of a region, those in T s), 0 proven closed; 0 undecided, T s"
                + " (T s CPU of the process), 0 narrowed"),
        o.lines().stream().filter(l -> l.startsWith("whole-system")).toList());
  }

  @Test
  void a_limit_that_is_not_positive_is_refused_with_exit_2_naming_the_option() throws Exception {
    HandRuns.write(new RunLayout(work), false);
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));

    int exit = cl.execute("audit", "--work", work.toString(), "--whole", "--round-seconds", "0");

    assertEquals(2, exit);
    assertEquals(
        "socialbench: --round-seconds must be a positive number of seconds, not 0.0",
        err.toString().strip());
    assertEquals("", out.toString(), "refused before the run is read");
  }

  @Test
  void help_names_the_whole_system_limits() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));

    assertEquals(0, cl.execute("audit", "--help"));

    for (String option :
        List.of(
            "--round-seconds=S",
            "--side-seconds=S",
            "--budget-seconds=S",
            "--workers=N",
            "--max-neighbourhood=N",
            "--every-side",
            "--region-seeds=N",
            "--wall-clock",
            "--export-system=FILE")) {
      assertTrue(out.toString().contains(option), option + " in:\n" + out);
    }
  }
}
