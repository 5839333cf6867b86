package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.Assert;
import org.junit.Test;

/**
 * The attacker who solves the whole system at once ({@link WholeSystemAttack}) against published
 * runs: the pipeline's run of the bundled sample (the tests' key, as the gate published it), and
 * the sample under the keys of {@link ManyKeysAuditTest} (see {@link #SHIFTS}) after the gate's
 * repair. Every count of 1–4 true persons the audit leaves open is attacked over its whole
 * component; the attacker's intervals must hold the truth and pin none. With {@code
 * -Dwhole.solve=true} every side no witness decides goes to CP-SAT: a solution that differs from
 * the truth, or a proof that none does (a pin fails the test); what it leaves in its time is
 * printed as undecided (docs/privacy.md, item 13). Prints what it did and where it narrowed the
 * audit's intervals (dataset and column, interval widths; never a value).
 */
public class WholeSystemAttackSampleTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final int MIN_CELL = 5;

  /**
   * Keys attacked: the first 3 of ManyKeysAuditTest's 24 in every build (each costs a repair and a
   * whole-system attack, ~20 s loaded); {@code -Dwhole.keys=24} for all of them.
   */
  private static final int SHIFTS = Integer.getInteger("whole.keys", 3);

  /**
   * With {@code -Dwhole.solve=true}, the sides no witness decides are decided over the integer
   * solutions (CP-SAT, {@link IntegerSides}); about 2.5 minutes per key loaded, so not in every
   * build (the hand systems of {@link WholeSystemAttackTest} test that path in every build).
   */
  private static final boolean SOLVE = Boolean.getBoolean("whole.solve");

  /** Larger components are solved only where no witness decides the pin. */
  private static final int SOLVED_VARIABLES =
      Integer.getInteger("whole.solved", WholeSystemAttack.SOLVED_VARIABLES);

  @Test
  public void the_published_sample_run_survives_the_whole_system_attacker() {
    SampleRun run = SampleRun.get(spark());
    Map<String, Table> restricted = run.restricted();
    Set<String> withheld = Set.copyOf(run.manifest().audit().withheldCells());
    Auditor auditor = new Auditor(new PerturbationTable());
    LinearAttack.Outcome audited = auditor.attack(run.published(), restricted, withheld).attack();

    List<String> wrong = new ArrayList<>();
    WholeSystemAttack.Outcome whole = attack(auditor, audited, restricted, "sample", wrong);

    Assert.assertTrue("counts attacked", whole.intervals().size() > 0);
    Assert.assertEquals(List.of(), wrong);
  }

  @Test
  public void the_sample_under_many_keys_survives_the_whole_system_attacker_after_repair() {
    SampleRun run = SampleRun.get(spark());
    ShiftedKeys keys = new ShiftedKeys(MIN_CELL);
    Map<String, Table> restricted = run.restricted();
    Auditor auditor = new Auditor(new PerturbationTable());
    SplittableRandom random = new SplittableRandom(12); // ManyKeysAuditTest's keys
    List<String> wrong = new ArrayList<>();
    int attacked = 0;
    for (int i = 0; i < SHIFTS; i++) {
      long shift = i == 0 ? 0 : random.nextLong(PerturbationTable.KEYS);
      Map<String, Table> shifted = keys.restricted(restricted, shift);
      PublicationRepair.Outcome repaired =
          new PublicationRepair(auditor).repair(keys.published(shifted), shifted);
      Assert.assertTrue("shift " + i + " passes the gate", repaired.result().passed());
      attacked +=
          attack(auditor, repaired.counted(), shifted, "shift " + i, wrong).intervals().size();
    }
    Assert.assertTrue("counts attacked", attacked > 0);
    Assert.assertEquals(List.of(), wrong);
  }

  /**
   * Attacks what {@code audited} left open; adds to {@code wrong} every interval that misses the
   * truth and every count pinned.
   */
  private static WholeSystemAttack.Outcome attack(
      Auditor auditor,
      LinearAttack.Outcome audited,
      Map<String, Table> restricted,
      String name,
      List<String> wrong) {
    CellSystem system = audited.system();
    long[] truth = WholeSystemAttack.truths(system, restricted);
    export(audited, truth, name);
    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(
                auditor.threshold(),
                WholeSystemAttack.INTEGER_VARIABLES,
                SOLVED_VARIABLES,
                SOLVE ? WholeSystemLimits.DEFAULTS : null)
            .run(audited, truth);
    Map<String, Integer> narrowed = new TreeMap<>();
    for (WholeSystemAttack.Interval i : whole.intervals()) {
      Cell cell = system.cell(i.variable());
      if (truth[i.variable()] < i.lo() || truth[i.variable()] > i.hi()) {
        wrong.add(name + ": interval misses the truth: " + cell.id());
      }
      if (i.narrowed()) {
        narrowed.merge(
            cell.dataset().name()
                + "."
                + cell.column()
                + " "
                + (long) (i.auditHi() - i.auditLo())
                + "->"
                + (long) (i.hi() - i.lo()),
            1,
            Integer::sum);
      }
    }
    whole.findings().forEach(f -> wrong.add(name + ": " + f));
    System.out.println(
        name + ": " + whole.summary() + "; narrowed (dataset.column width->width): " + narrowed);
    return whole;
  }

  /**
   * With {@code -Dwhole.export=DIR}, writes the attacked system for an independent solver
   * (jobs/src/test/python/whole_system_highs.py) as {@link SystemFile}: counts, bounds and truths
   * only, no dataset, row or name.
   */
  private static void export(LinearAttack.Outcome audited, long[] truth, String name) {
    String dir = System.getProperty("whole.export");
    if (dir == null) {
      return;
    }
    SystemFile.write(
        java.nio.file.Path.of(dir, name.replace(' ', '-') + ".system"),
        audited.system(),
        audited.bounds(),
        truth,
        false);
  }
}
