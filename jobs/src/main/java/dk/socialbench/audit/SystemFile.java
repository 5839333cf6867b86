package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.CellSystem.Sense;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-system attacker's input as a text file, so that its CP-SAT step can be measured and
 * studied without Spark, and checked by an independent solver ({@code
 * jobs/src/test/python/whole_system_sides.py}): a line per count ({@code v lo hi truth}), a line
 * per constraint ({@code c sense rhs variable coefficient ...}), and, with labels, a line naming
 * each count's cell ({@code n variable dataset [row] column}) and each constraint's rule ({@code o
 * constraint origin}). The truths are the restricted tables' counts: the file is as confidential as
 * {@code restricted/} (no person key, CPR number or name is in it; a cell's row holds municipality
 * and categories only).
 *
 * <p>Example: {@code SystemFile.write(path, audited.system(), audited.bounds(), truth, true)}, then
 * {@code SystemFile.read(path)}.
 *
 * @param lo each count's lower bound, as the audit left it
 * @param hi each count's upper bound (infinite: none)
 * @param truth each count's true value
 * @param constraints the constraints, each with its origin
 * @param labels each count's cell as {@link Cell#id()}, or its index where the file has none
 */
record SystemFile(
    double[] lo, double[] hi, long[] truth, List<Constraint> constraints, List<String> labels) {

  /** Writes {@code system} with {@code bounds} and {@code truth}; {@code labels}: cells named. */
  static void write(Path file, CellSystem system, Bounds bounds, long[] truth, boolean labels) {
    StringBuilder out = new StringBuilder();
    for (int v = 0; v < truth.length; v++) {
      out.append("v ").append(bounds.lo[v]).append(' ').append(bounds.hi[v]).append(' ');
      out.append(truth[v]).append('\n');
    }
    List<Constraint> constraints = system.constraints();
    for (Constraint c : constraints) {
      out.append("c ").append(c.sense()).append(' ').append(c.rhs());
      for (int i = 0; i < c.variables().length; i++) {
        out.append(' ').append(c.variables()[i]).append(' ').append(c.coefficients()[i]);
      }
      out.append('\n');
    }
    if (labels) {
      for (int v = 0; v < truth.length; v++) {
        out.append("n ").append(v).append(' ').append(system.cell(v).id()).append('\n');
      }
      for (int k = 0; k < constraints.size(); k++) {
        out.append("o ").append(k).append(' ').append(constraints.get(k).origin()).append('\n');
      }
    }
    try {
      Files.writeString(file, out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the system to " + file, e);
    }
  }

  /** Reads a file {@link #write} wrote; a line it cannot read is an error naming file and line. */
  static SystemFile read(Path file) throws IOException {
    List<double[]> counts = new ArrayList<>();
    List<Constraint> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      String[] f = line.split(" ", 3);
      try {
        switch (f[0]) {
          case "v" -> {
            String[] g = line.split(" ");
            counts.add(
                new double[] {
                  Double.parseDouble(g[1]), Double.parseDouble(g[2]), Double.parseDouble(g[3])
                });
          }
          case "c" -> rows.add(constraint(line.split(" ")));
          case "n" -> names.add(f[2]);
          case "o" -> origins.add(f[2]);
          default -> throw new IllegalArgumentException("unknown line type " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new IOException(file + ":" + (l + 1) + ": " + e.getMessage(), e);
      }
    }
    int n = counts.size();
    double[] lo = new double[n];
    double[] hi = new double[n];
    long[] truth = new long[n];
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      lo[v] = counts.get(v)[0];
      hi[v] = counts.get(v)[1];
      truth[v] = (long) counts.get(v)[2];
      labels.add(v < names.size() ? names.get(v) : "count " + v);
    }
    List<Constraint> constraints = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      Constraint c = rows.get(k);
      String origin = k < origins.size() ? origins.get(k) : "file";
      constraints.add(new Constraint(c.variables(), c.coefficients(), c.sense(), c.rhs(), origin));
    }
    return new SystemFile(lo, hi, truth, constraints, labels);
  }

  /** {@code c sense rhs variable coefficient ...}, its origin "file". */
  private static Constraint constraint(String[] f) {
    int terms = (f.length - 3) / 2;
    int[] variables = new int[terms];
    long[] coefficients = new long[terms];
    for (int i = 0; i < terms; i++) {
      variables[i] = Integer.parseInt(f[3 + 2 * i]);
      coefficients[i] = Long.parseLong(f[4 + 2 * i]);
    }
    return new Constraint(
        variables, coefficients, Sense.valueOf(f[1]), Long.parseLong(f[2]), "file");
  }
}
