package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Design point 6(c): the attacker who knows the perturbation table and the tables' structure. Each
 * published count bounds its truth to the table's preimage; the bounds are propagated over every
 * line total, every sum over municipalities, every stage and every relation of {@code
 * LinkedTables}; a cell whose row publishing left out reads as a published 0 ({@link AbsentRows}).
 * Then each count that could be an exposure and is still open is solved as a programme over its
 * constraints ({@link ExactBounds}), and what that tightens is propagated again. A count an
 * attacker can pin to one value is a finding: below the threshold it discloses a small group, at or
 * above it the noise has been taken off.
 *
 * <p>With the restricted tables at hand, a constraint that the true counts do not satisfy is not
 * used (it would let the attacker "know" something false) and is reported by its origin: the
 * relation is then wrong, and so would be any proof built on it.
 */
final class LinearAttack {
  /** What the attack found, the counts and constraints it used, and those not exact here. */
  record Outcome(
      List<Finding> findings,
      int counts,
      int constraints,
      List<String> relationsNotExact,
      CellSystem system,
      Bounds bounds,
      Bounds propagated,
      ExactBounds.Summary exact) {
    /** Whether the published counts contradict a relation: nothing to repair by withholding. */
    boolean contradiction() {
      return bounds.contradiction != null;
    }
  }

  private final Preimages preimages;
  private final List<Relation> relations;
  private final ExactBounds exact;

  LinearAttack(Preimages preimages, List<Relation> relations) {
    this(preimages, relations, ExactBounds.standard());
  }

  /** With {@code exact} null, propagation only (the attack before the exact step). */
  LinearAttack(Preimages preimages, List<Relation> relations, ExactBounds exact) {
    this.preimages = preimages;
    this.relations = relations;
    this.exact = exact;
  }

  Outcome run(Map<String, Table> published, Map<String, Table> restricted) {
    AbsentRows.Completed read = AbsentRows.complete(published, restricted);
    CellSystem system =
        new SystemBuilder(read.tables(), relations, completeGrids(restricted), read.publishedRows())
            .build();
    List<String> notExact = List.of();
    long[] truth = restricted == null ? null : truths(system, restricted);
    if (truth != null) {
      notExact = system.retain(c -> holds(c, truth));
    }
    Bounds b = Bounds.propagate(system, preimages);
    Bounds propagated = Bounds.propagate(List.of(), b.lo, b.hi);
    ExactBounds.Summary solved = null;
    if (b.contradiction == null && exact != null) {
      solved = exact.tighten(system, b, v -> couldBeExposed(v, b, truth), truth);
      if (solved.tightened() > 0) {
        // what the programmes tightened propagates further, as any other bound does
        Bounds again = Bounds.propagate(system.constraints(), b.lo, b.hi);
        System.arraycopy(again.lo, 0, b.lo, 0, b.lo.length);
        System.arraycopy(again.hi, 0, b.hi, 0, b.hi.length);
        b.contradiction = again.contradiction;
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (b.contradiction != null) {
      Constraint c = b.contradiction;
      findings.add(
          Finding.of(
              system.cell(c.variables()[0]),
              "the published counts contradict a relation the attack assumes: " + c.origin()));
    }
    for (int v = 0; v < system.size() && b.contradiction == null; v++) {
      if (!b.fixed(v) || b.lo[v] == 0) {
        continue;
      }
      findings.add(
          Finding.of(
              system.cell(v),
              b.lo[v] < preimages.threshold()
                  ? "an attacker can tell this count exactly, and it is below the threshold"
                  : "an attacker can tell this count exactly: its noise can be taken off"));
    }
    return new Outcome(
        findings,
        system.size(),
        system.constraints().size(),
        notExact,
        system,
        b,
        propagated,
        solved);
  }

  /**
   * The counts the exact step solves: with the true counts, those of 1 to threshold − 1 persons
   * (only they can be disclosed); without, every count propagation leaves possibly under the
   * threshold and possibly above 0.
   */
  private boolean couldBeExposed(int v, Bounds b, long[] truth) {
    if (truth != null) {
      return truth[v] > 0 && truth[v] < preimages.threshold();
    }
    return b.lo[v] < preimages.threshold() && b.hi[v] > 0;
  }

  /**
   * The datasets whose restricted rows include empty cells (a first count of 0): they publish
   * complete grids. Without the restricted tables, none is assumed to (the stronger attack).
   */
  private static Set<String> completeGrids(Map<String, Table> restricted) {
    Set<String> complete = new HashSet<>();
    if (restricted == null) {
      return complete;
    }
    for (Table t : restricted.values()) {
      if (t.dataset().countGroups().isEmpty()) {
        continue;
      }
      String first = t.dataset().countGroups().get(0).count();
      for (int r = 0; r < t.rows().size(); r++) {
        Long n = t.number(r, first);
        if (n == null || n == 0) {
          complete.add(t.dataset().name());
          break;
        }
      }
    }
    return complete;
  }

  /** Each variable's true count: the restricted row's value, or 0 where no row has persons. */
  private static long[] truths(CellSystem system, Map<String, Table> restricted) {
    Map<Cell, Long> byCell = trueCounts(restricted);
    long[] truth = new long[system.size()];
    for (int v = 0; v < truth.length; v++) {
      truth[v] = byCell.getOrDefault(system.cell(v), 0L);
    }
    return truth;
  }

  /** Every restricted count by its cell; a cell without a row has no persons. */
  static Map<Cell, Long> trueCounts(Map<String, Table> restricted) {
    Map<Cell, Long> byCell = new HashMap<>();
    for (Table t : restricted.values()) {
      List<Column> counts = SystemBuilder.counts(t.dataset());
      for (int r = 0; r < t.rows().size(); r++) {
        for (Column c : counts) {
          Long n = t.number(r, c.name());
          byCell.put(SystemBuilder.cell(t, r, c), n == null ? 0 : n);
        }
      }
    }
    return byCell;
  }

  private static boolean holds(Constraint c, long[] truth) {
    long sum = 0;
    for (int i = 0; i < c.variables().length; i++) {
      sum += c.coefficients()[i] * truth[c.variables()[i]];
    }
    return c.sense().holds(sum, c.rhs());
  }
}
