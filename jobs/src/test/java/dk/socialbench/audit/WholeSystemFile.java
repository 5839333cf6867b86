package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Sum;
import dk.socialbench.contract.ResultCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Attacks a system as {@code audit --whole --export-system FILE} or {@code
 * WholeSystemAttackSampleTest -Dwhole.export=DIR} writes it ({@link SystemFile}), without Spark: to
 * measure the CP-SAT step alone. Usage: {@code java -cp
 * jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/classpath.txt)
 * dk.socialbench.audit.WholeSystemFile DIR/sample.system [ROUND SIDE BUDGET WORKERS
 * MAX_NEIGHBOURHOOD [ORDER [cpu|wall]]]}: the limits of {@code audit --whole} (its defaults where
 * not given), and the order ({@code COUNT_FIRST}, {@code EVERY_SIDE} or {@code ROUNDS_FIRST}), and
 * {@code wall} for wall-clock limits (default: CPU budget, deterministic solves).
 */
final class WholeSystemFile {
  private WholeSystemFile() {}

  private static WholeSystemLimits limits(String[] args) {
    if (args.length < 6) {
      return WholeSystemLimits.DEFAULTS;
    }
    return new WholeSystemLimits(
        Double.parseDouble(args[1]),
        Double.parseDouble(args[2]),
        Double.parseDouble(args[3]),
        Integer.parseInt(args[4]),
        Integer.parseInt(args[5]),
        false,
        1,
        args.length > 7 && args[7].equals("wall"));
  }

  /** {@code file}'s counts and constraints as a system (every cell a stand-in). */
  static CellSystem system(SystemFile file) {
    CellSystem system = new CellSystem();
    for (int v = 0; v < file.truth().length; v++) {
      system.variable(
          new Cell(ResultCatalogue.byName("funding_basis"), "cases", List.of("101", "v" + v)),
          null);
    }
    for (CellSystem.Constraint k : file.constraints()) {
      Sum sum = new Sum();
      for (int i = 0; i < k.variables().length; i++) {
        sum.add(k.variables()[i], k.coefficients()[i]);
      }
      sum.constant = -k.rhs();
      system.add(sum, k.sense(), k.origin());
    }
    return system;
  }

  public static void main(String[] args) throws IOException {
    SystemFile file = SystemFile.read(Path.of(args[0]));
    CellSystem system = system(file);
    double[] lo = file.lo();
    double[] hi = file.hi();
    long[] truth = file.truth();
    Bounds bounds = Bounds.propagate(List.of(), lo, hi);
    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(
                5,
                WholeSystemAttack.INTEGER_VARIABLES,
                WholeSystemAttack.SOLVED_VARIABLES,
                new IntegerSides(
                    limits(args),
                    args.length > 6
                        ? IntegerSides.Order.valueOf(args[6])
                        : IntegerSides.Order.COUNT_FIRST,
                    System.err::println))
            .run(system, bounds, WholeSystemAttack.openSmallCounts(bounds, truth, 5), truth);
    System.out.printf(
        java.util.Locale.ROOT,
        "%s; %d finding(s); %.1f s CPU of the process%n",
        whole.summary(),
        whole.findings().size(),
        Budget.processCpuNanos() / 1e9);
    // the sides the attack proved closed, for an independent solver (whole_system_sides.py)
    for (WholeSystemAttack.Interval i : whole.intervals()) {
      long t = truth[i.variable()];
      if (i.lo() == t && i.auditLo() < t) {
        System.out.println("closed " + i.variable() + "-");
      }
      if (i.hi() == t && i.auditHi() > t) {
        System.out.println("closed " + i.variable() + "+");
      }
    }
  }
}
