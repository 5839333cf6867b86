package dk.socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.audit.HandRuns;
import dk.socialbench.contract.RunLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
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
        out.toString().lines().map(l -> l.replaceAll(" in [0-9.]+ s($|:)", " in T s$1")).toList();
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
}
