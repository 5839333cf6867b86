package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.publish.WithheldCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The repair between writing a run and the gate's decision (docs/privacy.md, "Withholding what the
 * audit finds"): while the audit finds exposures and no publishing error, withhold what {@link
 * WithholdingRule} chooses ({@link WithheldCounts}: the count and what derives from it published as
 * null) and the means {@link MeanWithholding} chooses (the mean and its interval null), and audit
 * again, at most {@link #MAX_ROUNDS} audits in all. A publishing error is never repaired: the
 * outcome keeps it and the gate refuses the run.
 */
final class PublicationRepair {
  /** Audits at most: the first, and one after each round of withholding. */
  static final int MAX_ROUNDS = 4;

  private final Auditor auditor;
  private final int maxRounds;
  private final boolean reuseCounts;

  PublicationRepair(Auditor auditor) {
    this(auditor, MAX_ROUNDS);
  }

  PublicationRepair(Auditor auditor, int maxRounds) {
    this(auditor, maxRounds, true);
  }

  /**
   * @param reuseCounts whether a round after one that withheld means only reuses that round's count
   *     attack (false: every round a full audit, the reference the tests compare with)
   */
  PublicationRepair(Auditor auditor, int maxRounds, boolean reuseCounts) {
    this.auditor = Objects.requireNonNull(auditor, "auditor == null");
    this.maxRounds = maxRounds;
    this.reuseCounts = reuseCounts;
  }

  /**
   * What the repair made: the published tables (those it changed, with the counts withheld), the
   * last audit's result, the cells withheld ({@link Cell#id}), how many audits it took, and the
   * last audit's count attack (null where it had none), which holds for {@code published}.
   */
  record Outcome(
      Map<String, Table> published,
      AuditResult result,
      Set<String> withheld,
      int inAll,
      int rounds,
      LinearAttack.Outcome counted) {
    /** The datasets whose published tables the repair changed. */
    Set<String> changed() {
      Set<String> names = new LinkedHashSet<>();
      withheld.forEach(id -> names.add(id.substring(0, id.indexOf(' '))));
      return names;
    }

    /** For a log line: {@code 2 audit(s), withheld {goal_type=2} (0 in all rows)}. */
    String summary() {
      return rounds + " audit(s), withheld " + perDataset() + " (" + inAll + " in all rows)";
    }

    /** Withheld counts per dataset. */
    Map<String, Integer> perDataset() {
      Map<String, Integer> m = new TreeMap<>();
      withheld.forEach(id -> m.merge(id.substring(0, id.indexOf(' ')), 1, Integer::sum));
      return m;
    }
  }

  Outcome repair(Map<String, Table> published, Map<String, Table> restricted) {
    Map<String, Table> current = new LinkedHashMap<>(published);
    Set<Cell> withheld = new LinkedHashSet<>();
    // The count attack of the round before, where that round withheld means only: a mean is in no
    // count, relation or absent row, so the count system, its bounds and the exact step still hold
    // and only checks (a), (b) and the mean attack run again (docs/privacy.md, item 10).
    LinearAttack.Outcome counted = null;
    for (int round = 1; ; round++) {
      Auditor.Attacked a = auditor.attack(current, restricted, ids(withheld), counted);
      AuditResult result = a.result();
      if (result.passed()
          || !result.publishingErrors().isEmpty()
          || a.attack().contradiction()
          || round >= maxRounds) {
        return outcome(current, a, withheld, round);
      }
      LinearAttack.Outcome attack = a.attack();
      Set<Cell> counts = new LinkedHashSet<>();
      for (int v :
          new WithholdingRule(
                  attack.system(),
                  attack.bounds(),
                  auditor.preimages(),
                  attack.exact() == null ? null : attack.exact().pins(),
                  attack.propagated(),
                  ExactBounds.standard())
              .choose()) {
        counts.add(attack.system().cell(v));
      }
      Set<Cell> more = new LinkedHashSet<>(counts);
      if (a.means() != null) {
        more.addAll(MeanWithholding.choose(a.means()));
      }
      if (!withheld.addAll(more)) {
        return outcome(current, a, withheld, round);
      }
      counted = reuseCounts && counts.isEmpty() ? attack : null;
      current = withhold(current, withheld);
    }
  }

  private static Outcome outcome(
      Map<String, Table> current, Auditor.Attacked last, Set<Cell> withheld, int round) {
    int inAll = (int) withheld.stream().filter(Cell::national).count();
    return new Outcome(current, last.result(), ids(withheld), inAll, round, last.attack());
  }

  private static Set<String> ids(Set<Cell> cells) {
    Set<String> ids = new LinkedHashSet<>();
    cells.forEach(c -> ids.add(c.id()));
    return ids;
  }

  /**
   * {@code tables} with every cell of {@code withheld} (a count or a mean, and what derives from
   * it) null.
   */
  static Map<String, Table> withhold(Map<String, Table> tables, Set<Cell> withheld) {
    Set<String> datasets = new HashSet<>();
    withheld.forEach(c -> datasets.add(c.dataset().name()));
    Map<String, Table> out = new LinkedHashMap<>(tables);
    for (String name : datasets) {
      Table t = tables.get(name);
      List<Set<String>> perRow = new ArrayList<>();
      List<Column> counts = SystemBuilder.counts(t.dataset());
      for (int r = 0; r < t.rows().size(); r++) {
        Set<String> names = new HashSet<>();
        for (Column c : counts) {
          if (t.has(c.name()) && withheld.contains(SystemBuilder.cell(t, r, c))) {
            names.add(c.name());
          }
        }
        for (MeanMeasure m : MeanMeasure.ALL) {
          if (m.datasets().contains(name)
              && t.has(m.column())
              && withheld.contains(new Cell(t.dataset(), m.column(), t.key(r)))) {
            names.add(m.column());
          }
        }
        perRow.add(names);
      }
      out.put(
          name,
          new Table(
              t.dataset(),
              t.columns(),
              WithheldCounts.apply(t.dataset(), t.columns(), t.rows(), perRow)));
    }
    return out;
  }
}
