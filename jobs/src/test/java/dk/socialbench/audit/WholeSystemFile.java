package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.audit.CellSystem.Sum;
import dk.socialbench.contract.ResultCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Attacks a system as {@code WholeSystemAttackSampleTest -Dwhole.export=DIR} writes it (counts,
 * bounds, truths and constraints; no dataset or row), without Spark: to measure the CP-SAT step
 * alone. Usage: {@code java -cp jobs/target/test-classes:jobs/target/classes:$(cat
 * jobs/target/classpath.txt) dk.socialbench.audit.WholeSystemFile DIR/sample.system [ROUND SIDE
 * BUDGET WORKERS MAX_NEIGHBOURHOOD [ORDER]]}: the limits of {@code audit --whole} (its defaults
 * where not given), and the order ({@code COUNT_FIRST}, {@code EVERY_SIDE} or {@code
 * ROUNDS_FIRST}).
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
        Integer.parseInt(args[5]));
  }

  public static void main(String[] args) throws IOException {
    List<double[]> counts = new ArrayList<>();
    CellSystem system = new CellSystem();
    List<String> constraints = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] f = line.split(" ");
      if (f[0].equals("v")) {
        counts.add(
            new double[] {
              Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])
            });
        system.variable(
            new Cell(
                ResultCatalogue.byName("funding_basis"),
                "cases",
                List.of("101", "v" + (counts.size() - 1))),
            null);
      } else {
        constraints.add(line);
      }
    }
    for (String line : constraints) {
      String[] f = line.split(" ");
      Sum sum = new Sum();
      for (int i = 3; i < f.length; i += 2) {
        sum.add(Integer.parseInt(f[i]), Long.parseLong(f[i + 1]));
      }
      sum.constant = -Long.parseLong(f[2]);
      system.add(sum, Sense.valueOf(f[1]), "file");
    }
    int n = counts.size();
    double[] lo = new double[n];
    double[] hi = new double[n];
    long[] truth = new long[n];
    for (int v = 0; v < n; v++) {
      lo[v] = counts.get(v)[0];
      hi[v] = counts.get(v)[1];
      truth[v] = (long) counts.get(v)[2];
    }
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
                        : IntegerSides.Order.COUNT_FIRST))
            .run(system, bounds, WholeSystemAttack.openSmallCounts(bounds, truth, 5), truth);
    System.out.println(whole.summary() + "; " + whole.findings().size() + " finding(s)");
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
