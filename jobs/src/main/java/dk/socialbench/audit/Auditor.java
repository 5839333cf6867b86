package dk.socialbench.audit;

import dk.socialbench.contract.LinkedTables;
import dk.socialbench.contract.Relation;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.publish.PerturbationTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The disclosure audit of a run published by the cell-key method (docs/privacy.md, "How it is
 * audited"): (a) no published count in 1..threshold-1 and no cell key published; (b) with the
 * restricted tables, every published count is the perturbation table applied to its truth and key,
 * and every share, interval and mean is derived from the published counts as documented; (c) the
 * linear attack of {@link LinearAttack}: propagation, then the exact step of {@link ExactBounds};
 * (d) the mean attack of {@link MeanAttack}, on the count bounds (c) found.
 *
 * <p>Example: {@code new Auditor(new PerturbationTable()).audit(layout, runId).passed()}.
 */
public final class Auditor {
  /** A mean is published where its cell's published count is at least this (the threshold). */
  public static final int MIN_PERSONS_FOR_MEAN = 5;

  /** A median or an earliest date, one person's value, needs at least this many persons. */
  public static final int MIN_PERSONS_FOR_ONE_PERSONS_VALUE = 10;

  private final PerturbationTable table;
  private final Preimages preimages;
  private final List<Relation> relations;
  private final int minPersonsForMean;
  private final int minPersonsForOnePersonsValue;
  private final MeanAttack meanAttack;
  private final int threads;

  public Auditor(PerturbationTable table) {
    this(table, LinkedTables.all(), MIN_PERSONS_FOR_MEAN, MIN_PERSONS_FOR_ONE_PERSONS_VALUE);
  }

  Auditor(
      PerturbationTable table,
      List<Relation> relations,
      int minPersonsForMean,
      int minPersonsForOnePersonsValue) {
    this(
        table,
        relations,
        minPersonsForMean,
        minPersonsForOnePersonsValue,
        new MeanAttack(MeanAttack.P, new Preimages(table).threshold()),
        Workers.available());
  }

  private Auditor(
      PerturbationTable table,
      List<Relation> relations,
      int minPersonsForMean,
      int minPersonsForOnePersonsValue,
      MeanAttack meanAttack,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.threads = threads;
    this.meanAttack = Objects.requireNonNull(meanAttack, "meanAttack == null");
    this.table = Objects.requireNonNull(table, "table == null");
    this.preimages = new Preimages(table);
    this.relations = List.copyOf(relations);
    this.minPersonsForMean = minPersonsForMean;
    this.minPersonsForOnePersonsValue = minPersonsForOnePersonsValue;
  }

  /** This auditor with another mean attack (a test's attacker who knows the true counts). */
  Auditor withMeanAttack(MeanAttack attack) {
    return new Auditor(
        table, relations, minPersonsForMean, minPersonsForOnePersonsValue, attack, threads);
  }

  /**
   * This auditor on {@code threads} threads (the datasets read, the exact step's counts solved):
   * the same result, but its seconds, on any number. By default one per processor.
   */
  Auditor withThreads(int threads) {
    return new Auditor(
        table, relations, minPersonsForMean, minPersonsForOnePersonsValue, meanAttack, threads);
  }

  Preimages preimages() {
    return preimages;
  }

  /** The smallest count other than 0 that publishing ever shows. */
  public int threshold() {
    return preimages.threshold();
  }

  /**
   * Audits the run's {@code published/} tables, and with its {@code restricted/} ones if kept; a
   * null count is accepted where the run's manifest names it as withheld.
   */
  public AuditResult audit(RunLayout layout, String runId) {
    Set<String> withheld = Set.of();
    if (Files.isRegularFile(layout.manifest(runId))) {
      RunManifest.Audit audit = RunManifest.read(layout.manifest(runId)).audit();
      withheld = audit == null ? Set.of() : Set.copyOf(audit.withheldCells());
    }
    return audit(
        read(name -> layout.published(runId, name)),
        restrictedTables(name -> layout.restricted(runId, name), threads),
        withheld);
  }

  /**
   * Audits the datasets in the folders {@code published} and {@code restricted} give by dataset
   * name (a run's, or a staged run's); without any restricted folder, as an outsider sees it.
   */
  public AuditResult audit(Function<String, Path> published, Function<String, Path> restricted) {
    return audit(read(published), restrictedTables(restricted, threads));
  }

  /** The restricted tables in {@code folder}, or null where the run kept none. */
  static Map<String, Table> restrictedTables(Function<String, Path> folder) {
    return restrictedTables(folder, 1);
  }

  /** As {@link #restrictedTables(Function)}, the datasets read on {@code threads} threads. */
  static Map<String, Table> restrictedTables(Function<String, Path> folder, int threads) {
    boolean kept =
        ResultCatalogue.all().stream().anyMatch(d -> Files.isDirectory(folder.apply(d.name())));
    return kept ? read(folder, threads) : null;
  }

  /** The restricted tables in {@code folder} on this auditor's threads, or null: none kept. */
  Map<String, Table> restricted(Function<String, Path> folder) {
    return restrictedTables(folder, threads);
  }

  /** Every dataset of the catalogue in {@code folder}, read on this auditor's threads. */
  Map<String, Table> read(Function<String, Path> folder) {
    return read(folder, threads);
  }

  /**
   * As {@link RunTables#read}, the datasets dealt out to {@code threads} tasks (each reads its
   * share with one Hadoop configuration): the same tables in the same order.
   */
  static Map<String, Table> read(Function<String, Path> folder, int threads) {
    List<ResultDataset> datasets = ResultCatalogue.all();
    int tasks = Math.max(1, Math.min(threads, datasets.size()));
    List<Map<String, Table>> shares =
        Workers.map(
            tasks,
            tasks,
            k -> {
              List<ResultDataset> share = new ArrayList<>();
              for (int i = k; i < datasets.size(); i += tasks) {
                share.add(datasets.get(i));
              }
              return RunTables.read(share, folder);
            });
    Map<String, Table> tables = new java.util.LinkedHashMap<>();
    for (ResultDataset d : datasets) {
      for (Map<String, Table> share : shares) {
        if (share.containsKey(d.name())) {
          tables.put(d.name(), share.get(d.name()));
        }
      }
    }
    return tables;
  }

  /**
   * @param published the published tables by dataset name
   * @param restricted the restricted tables by name, or null to audit what an outsider sees only
   */
  public AuditResult audit(Map<String, Table> published, Map<String, Table> restricted) {
    return audit(published, restricted, Set.of());
  }

  /**
   * @param withheld the counts the repair withheld ({@code dataset [row] column}): published as
   *     null, which check (b) accepts there only
   */
  public AuditResult audit(
      Map<String, Table> published, Map<String, Table> restricted, Set<String> withheld) {
    return attack(published, restricted, withheld).result();
  }

  /** What the whole-system attacker (docs/privacy.md, item 12) did, and the counts it pinned. */
  public record WholeSystem(String summary, List<Finding> findings) {}

  /**
   * The attacker who solves the whole system at once ({@link WholeSystemAttack}), on what the
   * audit's attack of the run leaves open; with the run's {@code restricted/}, the counts of 1..4
   * true persons. Not part of the gate: an attack for {@code audit --whole} and the docs.
   */
  public WholeSystem wholeSystem(RunLayout layout, String runId, WholeSystemLimits limits) {
    return wholeSystem(layout, runId, limits, null);
  }

  /**
   * As {@link #wholeSystem(RunLayout, String, WholeSystemLimits)}, first writing the attacked
   * system, its bounds, truths and labels to {@code exportTo} where not null ({@link SystemFile}:
   * as confidential as {@code restricted/}), so that the attack can be repeated without Spark.
   */
  public WholeSystem wholeSystem(
      RunLayout layout, String runId, WholeSystemLimits limits, java.nio.file.Path exportTo) {
    Set<String> withheld = Set.of();
    if (Files.isRegularFile(layout.manifest(runId))) {
      RunManifest.Audit audit = RunManifest.read(layout.manifest(runId)).audit();
      withheld = audit == null ? Set.of() : Set.copyOf(audit.withheldCells());
    }
    Map<String, Table> restricted = restricted(name -> layout.restricted(runId, name));
    LinearAttack.Outcome audited =
        attack(read(name -> layout.published(runId, name)), restricted, withheld).attack();
    long[] truth =
        restricted == null ? null : WholeSystemAttack.truths(audited.system(), restricted);
    if (exportTo != null && truth != null) {
      SystemFile.write(exportTo, audited.system(), audited.bounds(), truth, true);
    }
    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(
                threshold(),
                WholeSystemAttack.INTEGER_VARIABLES,
                WholeSystemAttack.SOLVED_VARIABLES,
                java.util.Objects.requireNonNull(limits, "limits == null"))
            .run(audited, truth);
    return new WholeSystem(
        whole.summary() + ", " + whole.narrowed().size() + " narrowed", whole.findings());
  }

  /** An audit's result and the attack behind it (the repair reads its bounds). */
  record Attacked(AuditResult result, LinearAttack.Outcome attack, MeanAttack.Outcome means) {}

  Attacked attack(
      Map<String, Table> published, Map<String, Table> restricted, Set<String> withheld) {
    return attack(published, restricted, withheld, null);
  }

  /**
   * As {@link #attack(Map, Map, Set)}, with the count attack ((c): system, bounds, exact step) of
   * an earlier audit instead of a new one: checks (a), (b) and (d) run on {@code published}. Valid
   * only where nothing (c) reads changed since: where only means were withheld ({@link
   * PublicationRepair}), which no count, relation or absent row reads.
   */
  Attacked attack(
      Map<String, Table> published,
      Map<String, Table> restricted,
      Set<String> withheld,
      LinearAttack.Outcome counted) {
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    PublishedCounts counts = new PublishedCounts(table, threshold());
    DerivedValues derived = new DerivedValues(minPersonsForMean, minPersonsForOnePersonsValue);
    for (Table t : published.values()) {
      if (!t.dataset().personLevel()) {
        continue;
      }
      findings.addAll(counts.belowThreshold(t));
      findings.addAll(derived.check(t));
      Table truth = restricted == null ? null : restricted.get(t.dataset().name());
      if (truth != null) {
        findings.addAll(counts.perturbed(t, truth, withheld));
      }
    }
    LinearAttack.Outcome attack =
        counted != null
            ? counted
            : new LinearAttack(preimages, relations, ExactBounds.standard().withThreads(threads))
                .run(published, restricted);
    findings.addAll(attack.findings());
    // (d) reads the count bounds (c) found; published counts that contradict a relation have none
    MeanAttack.Outcome means =
        attack.contradiction()
            ? null
            : meanAttack.run(
                published, restricted, attack.system(), attack.bounds().lo, attack.bounds().hi);
    if (means != null) {
      findings.addAll(means.findings());
    }
    return new Attacked(
        new AuditResult(
            findings,
            attack.counts(),
            attack.constraints(),
            attack.relationsNotExact(),
            (System.nanoTime() - start) / 1e9,
            attack.findings().size() + (means == null ? 0 : means.exposures().size()),
            attack.exact() == null ? "" : attack.exact().toString(),
            means == null || means.attacked() == 0 ? "" : means.summary()),
        attack,
        means);
  }
}
