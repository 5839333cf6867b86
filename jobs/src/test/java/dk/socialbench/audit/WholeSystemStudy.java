package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What holds the counts no witness opens, in a system {@code audit --whole --export-system FILE}
 * wrote with labels: per dataset and column, their number, truths and where the audit's bounds are;
 * and the rules of the constraints they are in. No solver: the counts CP-SAT has to open. Usage:
 * {@code java -cp jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/classpath.txt)
 * dk.socialbench.audit.WholeSystemStudy FILE}.
 */
final class WholeSystemStudy {
  private WholeSystemStudy() {}

  public static void main(String[] args) throws IOException {
    SystemFile file = SystemFile.read(Path.of(args[0]));
    CellSystem system = WholeSystemFile.system(file);
    Bounds bounds = Bounds.propagate(List.of(), file.lo(), file.hi());
    long[] truth = file.truth();
    Map<String, int[]> byColumn = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> byTruth = new TreeMap<>();
    int attacked = 0;
    int left = 0;
    int deeper = 0;
    int deepOpen = 0;
    long start = System.nanoTime();
    for (WholeSystemAttack.Component c : WholeSystemAttack.components(system, bounds)) {
      Witness witness = new Witness(c.constraints, bounds.lo, bounds.hi, truth);
      Witness deep =
          args.length > 1
              ? new Witness(
                  c.constraints,
                  bounds.lo,
                  bounds.hi,
                  truth,
                  Integer.parseInt(args[1]),
                  Integer.parseInt(args[2]))
              : null;
      for (int v : c.variables) {
        if (!WholeSystemAttack.openSmallCounts(bounds, truth, 5).test(v)) {
          continue;
        }
        attacked++;
        boolean open = false;
        for (int d : new int[] {-1, 1}) {
          double bound = d < 0 ? bounds.lo[v] : bounds.hi[v];
          open |=
              bound != truth[v] && (witness.reaches(v, bound) || witness.reaches(v, truth[v] + d));
        }
        if (!open && deep != null) {
          deeper++;
          for (int d : new int[] {-1, 1}) {
            double bound = d < 0 ? bounds.lo[v] : bounds.hi[v];
            if (!open && bound != truth[v] && deep.reaches(v, truth[v] + d)) {
              open = true;
              deepOpen++;
            }
          }
        }
        if (open) {
          continue;
        }
        left++;
        String label = file.labels().get(v);
        String column =
            label.substring(0, label.indexOf(' '))
                + "."
                + label.substring(label.lastIndexOf(' ') + 1);
        String where = label.contains("[all") ? "all" : "municipality";
        int[] n = byColumn.computeIfAbsent(column + " (" + where + ")", k -> new int[3]);
        n[0]++;
        n[1] += bounds.lo[v] == truth[v] ? 1 : 0;
        n[2] += bounds.hi[v] == truth[v] ? 1 : 0;
        byTruth.merge(
            "truth " + truth[v] + ", width " + (long) (bounds.hi[v] - bounds.lo[v]),
            1,
            Integer::sum);
        for (Constraint k : c.touching().getOrDefault(v, List.of())) {
          byRule.merge(
              k.origin().replaceAll("[0-9]+", "N") + " (" + k.variables().length + " terms)",
              1,
              Integer::sum);
        }
      }
    }
    System.out.printf(
        "%d counts attacked, %d with no side opened by a witness (the deeper search opened %d of"
            + " %d), %.1f s%n",
        attacked, left, deepOpen, deeper, (System.nanoTime() - start) / 1e9);
    System.out.println("by dataset.column: count, lower bound at truth, upper bound at truth");
    byColumn.forEach(
        (k, n) -> System.out.println("  " + k + ": " + n[0] + ", " + n[1] + ", " + n[2]));
    System.out.println("by truth and the audit's width:");
    byTruth.forEach((k, n) -> System.out.println("  " + k + ": " + n));
    System.out.println("constraints they are in, by rule:");
    byRule.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(40)
        .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
  }
}
