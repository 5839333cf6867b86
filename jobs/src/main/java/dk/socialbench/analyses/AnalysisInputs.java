package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.spark.SmallQueries;
import dk.socialbench.spark.TaskClassLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * What analyses read, derived once per run from the curated registrations and shared by all of
 * them: every registration with its {@code price} (§85 hours per month, individual and group
 * together; §107 daily price), each case's first registration, every registration beside the case's
 * next one, and each person's days of service per year.
 *
 * <p>Example: {@code AnalysisInputs.of(curated, quarantine)}; call {@link #cache()} before running
 * several analyses on the same inputs.
 */
public final class AnalysisInputs {
  private final Dataset<Row> registrations;
  private final Dataset<Row> firstRegistrations;
  private final Dataset<Row> transitions;
  private final Dataset<Row> quarantine;
  // Built when an analysis first asks: building a Dataset analyses its plan at once (about 1.6 s
  // of one thread for these five on the demo), and the cached inputs build their own from the
  // cached registrations (docs/benchmarks.md 1.47).
  private final Once<Dataset<Row>> serviceYears;
  private final Once<Dataset<Row>> serviceYearTotals;
  private final Once<Dataset<Row>> firstRegistrationMeans;
  private final Once<Dataset<Row>> firstRegistrationCounts;
  private final Once<Dataset<Row>> casemixRatios;
  private final Once<Dataset<Row>> registrationCells;

  /** The cached tables behind these inputs, released by {@link #unpersist()}. */
  private final List<Dataset<Row>> cached;

  private AnalysisInputs(
      Dataset<Row> transitions,
      Supplier<Dataset<Row>> serviceYears,
      Supplier<Dataset<Row>> serviceYearTotals,
      Supplier<Dataset<Row>> firstRegistrationMeans,
      Supplier<Dataset<Row>> firstRegistrationCounts,
      Supplier<Dataset<Row>> casemixRatios,
      Supplier<Dataset<Row>> registrationCells,
      Dataset<Row> quarantine,
      List<Dataset<Row>> cached) {
    // One table serves all three views: every registration, with its case's next one.
    this.transitions = transitions;
    this.registrations = transitions;
    this.firstRegistrations = firsts(transitions);
    this.quarantine = quarantine;
    this.serviceYears = new Once<>(serviceYears);
    this.serviceYearTotals = new Once<>(serviceYearTotals);
    this.firstRegistrationMeans = new Once<>(firstRegistrationMeans);
    this.firstRegistrationCounts = new Once<>(firstRegistrationCounts);
    this.casemixRatios = new Once<>(casemixRatios);
    this.registrationCells = new Once<>(registrationCells);
    this.cached = cached;
  }

  private static AnalysisInputs derived(Dataset<Row> transitions, Dataset<Row> quarantine) {
    Once<Dataset<Row>> years =
        new Once<>(() -> ServiceYears.of(transitions, ServiceEpisodes.of(transitions)));
    Dataset<Row> firsts = firsts(transitions);
    return new AnalysisInputs(
        transitions,
        years,
        () -> ServiceYearTotals.of(years.get()),
        () -> FirstRegistrationCells.allMeans(firsts),
        () -> FirstRegistrationCells.allCounts(firsts),
        () -> casemixRatios(firsts, CasemixBenchmark.MIN_REFERENCE_CASES),
        () -> RegistrationCells.byMunicipality(RegistrationCells.of(transitions, false)),
        quarantine,
        List.of());
  }

  /** {@link CasemixRatios} with the services' overdispersion ({@link Overdispersion}). */
  private static Dataset<Row> casemixRatios(Dataset<Row> firstRegistrations, int minReference) {
    return Overdispersion.annotate(
        CasemixRatios.of(CasemixBenchmark.cases(firstRegistrations), minReference));
  }

  private static Dataset<Row> firsts(Dataset<Row> transitions) {
    return transitions.filter(col("registration_number").equalTo(1));
  }

  /**
   * The curated columns that an analysis or a shared table reads from the registrations, besides
   * {@code price}, the person's numbers and the {@link FilledCells}: all the registrations hold, so
   * that their cache holds nothing no one reads (docs/benchmarks.md 1.72). A column read but
   * missing here fails the analysis that reads it when it is planned; one here that no plan reads
   * fails {@code AnalysisInputsColumnsTest} (but {@code daily_price} and {@code hours_group}, which
   * the {@link ServiceEpisodes} select for notebooks and every analysis leaves unread).
   */
  static final List<String> READ =
      List.of(
          "municipality_code",
          "case_id",
          Persons.PERSON_KEY,
          "age_at_registration",
          "target_group",
          "case_closed",
          "closed_date",
          "registration_date",
          "registration_number",
          "registrations_in_case",
          "months_since_previous",
          "registration_kind",
          "initiator",
          "service",
          "daily_price",
          "hours_individual",
          "hours_group",
          "vum_score",
          "goals_set",
          "goal_type",
          "vum_target",
          "funding_basis",
          "source_file");

  /** Read by the case window alone ({@code next_goal_fulfilled}), then dropped. */
  private static final String WINDOW_ONLY = "previous_goal_fulfilled";

  /**
   * The inputs of a run's analyses: the registrations hold the columns they read ({@link #READ}),
   * no other.
   *
   * @param curated curated registrations ({@code CuratedRegistrations} schema)
   * @param quarantine the quarantined rows (for the data-quality datasets)
   */
  public static AnalysisInputs of(Dataset<Row> curated, Dataset<Row> quarantine) {
    return of(curated, quarantine, false);
  }

  /**
   * As {@link #of}, with every curated column in the registrations besides what the analyses read:
   * an analyst's question may be about any of them ({@code Notebook}). The analyses' results are
   * the same; the cache is larger.
   */
  public static AnalysisInputs withEveryColumn(Dataset<Row> curated, Dataset<Row> quarantine) {
    return of(curated, quarantine, true);
  }

  private static AnalysisInputs of(
      Dataset<Row> curated, Dataset<Row> quarantine, boolean everyColumn) {
    Objects.requireNonNull(curated, "curated == null");
    Objects.requireNonNull(quarantine, "quarantine == null");
    // The person's numbers once here, not once per count in each analysis: the curated id ingest
    // wrote and its low half, or, for curated data written before it, hashed per registration.
    Dataset<Row> keyed =
        Persons.withKeys(
            curated.withColumn("price", price()).withColumn(FilledCells.NAME, FilledCells.of()));
    if (everyColumn) {
      return derived(withNext(keyed), quarantine);
    }
    Set<String> read = new HashSet<>(READ);
    read.addAll(
        List.of("price", Persons.PERSON_ID, Persons.RECORD_KEY, FilledCells.NAME, WINDOW_ONLY));
    // In the curated order, the others left out.
    Column[] kept =
        Stream.of(keyed.columns())
            .filter(read::contains)
            .map(functions::col)
            .toArray(Column[]::new);
    return derived(withNext(keyed.select(kept)).drop(WINDOW_ONLY), quarantine);
  }

  /**
   * §85 is measured in hours per month, §107 in daily price (the report's choice). The template
   * collects §85 hours individually and in group; the measure is their sum, so that no figure drops
   * group support. An empty group cell is no group support: ingest requires the individual hours.
   */
  static Column price() {
    return when(
            col("service").equalTo("SEL85"),
            col("hours_individual").plus(coalesce(col("hours_group"), lit(0.0))))
        .otherwise(col("daily_price"));
  }

  /**
   * The registrations spread by person once, here, into the session's shuffle partitions; the case
   * window (a case has one person: ingest rejects a case whose rows disagree on the person) and
   * everything cached from it keep that spread, so Spark drops the repartition by person of each
   * analysis that counts persons ({@link Persons}) and the person-years' window shuffles nothing
   * (docs/benchmarks.md 1.24). Only with exact sums ({@link ExactSum}) do the results stay the
   * same.
   */
  private static Dataset<Row> withNext(Dataset<Row> registrations) {
    int partitions = registrations.sparkSession().sessionState().conf().numShufflePartitions();
    WindowSpec inCase =
        Window.partitionBy(Persons.PERSON_ID, "municipality_code", "case_id")
            .orderBy("registration_number");
    return registrations
        .repartition(partitions, col(Persons.PERSON_ID))
        .withColumn("has_next", lead("registration_number", 1).over(inCase).isNotNull())
        .withColumn("next_vum_score", lead("vum_score", 1).over(inCase))
        .withColumn("next_goal_fulfilled", lead("previous_goal_fulfilled", 1).over(inCase))
        .withColumn("next_service", lead("service", 1).over(inCase))
        .withColumn("next_price", lead("price", 1).over(inCase))
        .withColumn("next_registration_date", lead("registration_date", 1).over(inCase));
  }

  /**
   * The same inputs kept in memory for the analyses of one run, each cached table read as a plan of
   * its own. Spark would otherwise analyse and optimise the whole lineage behind each table (the
   * curated Parquet, the case window, the episodes) in every one of a run's ~30 queries before
   * finding it in its cache; the physical plans, and so the results, are the same either way.
   */
  public AnalysisInputs cache() {
    transitions.cache();
    Dataset<Row> cachedTransitions = fromCache(transitions);
    Dataset<Row> firsts = firsts(cachedTransitions);
    // Caching a table plans its query at once, on the calling thread; the tables below read only
    // the cached registrations, so they are planned side by side (docs/benchmarks.md 1.47).
    ExecutorService planning = Executors.newFixedThreadPool(6, AnalysisInputs::planningThread);
    try {
      // The registrations run first: a table planned before they have run does not know that they
      // are spread by person (adaptive execution learns a cached table's partitioning only when it
      // has run), so it would shuffle every unit by person again for its counts (Persons).
      Future<Long> registrations =
          planning.submit(
              () ->
                  described(
                      cachedTransitions, "the registrations cached", cachedTransitions::count));
      // Cached compact: the person-years of a person in one municipality once, not once per scope.
      // The totals, a few hundred rows read by three analyses, are summed once from them.
      Future<List<Dataset<Row>>> years =
          planning.submit(
              () -> {
                Dataset<Row> compact =
                    ServiceYears.compact(cachedTransitions, ServiceEpisodes.of(cachedTransitions));
                compact.cache();
                Dataset<Row> inScopes = ServiceYears.inScopes(fromCache(compact));
                Dataset<Row> totals =
                    filled(null, "the year totals", () -> ServiceYearTotals.of(inScopes));
                return List.of(compact, inScopes, totals);
              });
      // A few thousand cells each, read by the analyses of the first registrations and by the
      // seven distributions over the registrations: aggregated once each. Filled here, before any
      // analysis reads them, so that every reader runs as a small query (SmallQueries) and no
      // analysis pays a fill that another would have paid at another time.
      Future<Dataset<Row>> means =
          planning.submit(
              () ->
                  filled(
                      registrations,
                      "the first registrations' means cells",
                      () -> FirstRegistrationCells.allMeans(firsts)));
      Future<Dataset<Row>> counts =
          planning.submit(
              () ->
                  filled(
                      registrations,
                      "the first registrations' counts cells",
                      () -> FirstRegistrationCells.allCounts(firsts)));
      Future<Dataset<Row>> registrationCells =
          planning.submit(
              () ->
                  filled(
                      registrations,
                      "the registrations' cells",
                      () ->
                          RegistrationCells.byMunicipality(
                              RegistrationCells.of(
                                  cachedTransitions,
                                  RegistrationCells.countedApart(
                                      done(registrations), partitions(cachedTransitions))))));
      // A few hundred rows, read by both case-mix analyses: the strata's six levels of windows
      // are planned and run once, not once per analysis (docs/benchmarks.md 1.36 §4).
      Future<Dataset<Row>> ratios =
          planning.submit(
              () ->
                  filled(
                      registrations,
                      "the case-mix ratios",
                      () -> casemixRatios(firsts, CasemixBenchmark.MIN_REFERENCE_CASES)));
      List<Dataset<Row>> yearTables = years.get();
      Dataset<Row> totals = yearTables.get(2);
      return new AnalysisInputs(
          cachedTransitions,
          () -> yearTables.get(1),
          () -> fromCache(totals),
          fromCacheOf(means.get()),
          fromCacheOf(counts.get()),
          fromCacheOf(ratios.get()),
          fromCacheOf(registrationCells.get()),
          quarantine,
          List.of(
              transitions,
              yearTables.get(0),
              totals,
              means.get(),
              counts.get(),
              ratios.get(),
              registrationCells.get()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while caching the analyses' inputs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      planning.shutdownNow();
    }
  }

  /**
   * {@code table} cached and filled (once {@code after} is done, if given), its jobs named after it
   * in the event log.
   */
  private static Dataset<Row> filled(Future<?> after, String name, Supplier<Dataset<Row>> table)
      throws Exception {
    if (after != null) {
      after.get();
    }
    Dataset<Row> cached = table.get();
    cached.cache();
    return described(
        cached,
        name,
        () -> {
          SmallQueries.fill(cached);
          return cached;
        });
  }

  /** Runs {@code work} with its Spark jobs described as {@code table}'s {@code name}. */
  private static <T> T described(Dataset<Row> table, String name, Supplier<T> work) {
    SparkContext context = table.sparkSession().sparkContext();
    context.setJobDescription("analysis inputs: " + name);
    try {
      return work.get();
    } finally {
      context.setJobDescription(null);
    }
  }

  /** The value of {@code done}, a task already finished. */
  private static <T> T done(Future<T> done) {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while caching the analyses' inputs", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The partitions the registrations are spread over: the session's shuffle partitions. */
  private static int partitions(Dataset<Row> registrations) {
    return registrations.sparkSession().sessionState().conf().numShufflePartitions();
  }

  private static Supplier<Dataset<Row>> fromCacheOf(Dataset<Row> cached) {
    Dataset<Row> leaf = fromCache(cached);
    return () -> leaf;
  }

  private static Thread planningThread(Runnable r) {
    // Code compiled here is then not compiled again by the query's tasks (TaskClassLoader).
    Thread t = TaskClassLoader.shareWith(new Thread(r, "socialbench-inputs"));
    t.setDaemon(true);
    return t;
  }

  /** A cached table as a query of one leaf: the cache's in-memory relation. */
  private static Dataset<Row> fromCache(Dataset<Row> cached) {
    SparkSession spark = cached.sparkSession();
    LogicalPlan relation =
        spark.sharedState().cacheManager().lookupCachedData(cached).get().cachedRepresentation();
    return new Dataset<>(spark, relation, Encoders.row(cached.schema()));
  }

  /** Releases what {@link #cache()} kept; the inputs must not be used afterwards. */
  public void unpersist() {
    cached.forEach(Dataset::unpersist);
  }

  /**
   * Every registration, with {@code price}, the person's {@code person_id} and {@code record_key}
   * (what {@link Persons} counts by), its {@link FilledCells} and the columns of {@link
   * #transitions()}; of the curated columns those in {@link #READ}, or every one ({@link
   * #withEveryColumn}).
   */
  public Dataset<Row> registrations() {
    return registrations;
  }

  /** One row per case: its first registration (the report's cross-sectional basis). */
  public Dataset<Row> firstRegistrations() {
    return firstRegistrations;
  }

  /**
   * Every registration k with the case's registration k+1 beside it: {@code has_next}, {@code
   * next_vum_score}, {@code next_goal_fulfilled} (the fulfilment judged at k+1 of the goal set at
   * k), {@code next_service}, {@code next_price}, {@code next_registration_date} (where the
   * registration's {@link ServiceEpisodes episode} ends).
   */
  public Dataset<Row> transitions() {
    return transitions;
  }

  /**
   * Each person's days of service per calendar year, from the {@link ServiceEpisodes}: what the
   * analyses of activity and unit cost count ({@link ServiceYears}).
   */
  Dataset<Row> serviceYears() {
    return serviceYears.get();
  }

  /**
   * The {@link #serviceYears()} summed per municipality, service and year ({@link
   * ServiceYearTotals}): what activity and unit cost by year read.
   */
  Dataset<Row> serviceYearTotals() {
    return serviceYearTotals.get();
  }

  /**
   * The cells of the means at the first registration, every grouping of {@link
   * FirstRegistrationCells} in one table: what {@link FirstRegistrationCells#means} reads.
   */
  Dataset<Row> firstRegistrationMeans() {
    return firstRegistrationMeans.get();
  }

  /**
   * The counts of persons at the first registration: what {@link FirstRegistrationCells#counts}
   * reads.
   */
  Dataset<Row> firstRegistrationCounts() {
    return firstRegistrationCounts.get();
  }

  /**
   * Each municipality's case-mix ratio per service ({@link CasemixRatios}) with the service's
   * overdispersion ({@link Overdispersion#annotate}): what {@link CasemixBenchmark} and {@link
   * CasemixFunnel} read. Shared (and cached with {@link #cache()}) at the default {@link
   * CasemixBenchmark#MIN_REFERENCE_CASES}; computed afresh at any other minimum.
   */
  Dataset<Row> casemixRatios(int minReference) {
    return minReference == CasemixBenchmark.MIN_REFERENCE_CASES
        ? casemixRatios.get()
        : casemixRatios(firstRegistrations, minReference);
  }

  /**
   * The cells of the distributions over the registrations, every dataset of {@link
   * RegistrationCells#all} in one table, one row per dataset and municipality ({@link
   * RegistrationCells#byMunicipality}): what {@link RegistrationCells#counts} and {@link
   * RegistrationCells#distribution} read.
   */
  Dataset<Row> registrationCells() {
    return registrationCells.get();
  }

  /** The quarantined rows of the run. */
  public Dataset<Row> quarantine() {
    return quarantine;
  }

  /**
   * A value built on the first {@link #get()} and kept: analyses ask from several threads at once.
   */
  private static final class Once<T> implements Supplier<T> {
    private Supplier<T> build;
    private T value;

    Once(Supplier<T> build) {
      this.build = Objects.requireNonNull(build, "build == null");
    }

    @Override
    public synchronized T get() {
      if (build != null) {
        value = build.get();
        build = null;
      }
      return value;
    }
  }
}
