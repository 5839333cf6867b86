package dk.socialbench.server.render;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.MunicipalRecoding;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Published runs built in memory, as the Spark jobs would publish them: every dataset of the
 * catalogue, plausible counts from a seeded random source, small cells suppressed with their values
 * nulled, Ishøj without §107 cases, and Horsens with a suppressed "no goals" cell.
 *
 * <p>Example: {@code RunFixture.sep()} has the ten municipalities of the KL report's SEP data.
 */
final class RunFixture {
  static final String HORSENS = "615";
  static final String ISHOJ = "183";
  static final String BALLERUP = "151";
  static final int MIN_CELL = 5;
  static final String RUN_ID = "20261124-101500-ab12";
  static final List<String> SEP =
      List.of("147", "151", "153", "157", "183", "219", "410", "607", "615", "760");

  private final Random random;
  private final List<String> municipalities;
  private final Map<String, Integer> size = new HashMap<>();
  private final FixtureOverTime overTime;

  private RunFixture(List<String> municipalities, long seed) {
    this.random = new Random(seed);
    this.municipalities = municipalities;
    for (String m : municipalities) {
      size.put(m, 10 + random.nextInt(51));
    }
    // A stream of its own, so that the other datasets' values do not depend on these.
    this.overTime = new FixtureOverTime(municipalities, size, new Random(seed + 15));
  }

  /** The ten SEP municipalities. */
  static PublishedRun sep() {
    return build(SEP, 2018);
  }

  /** All 98 municipalities of Denmark. */
  static PublishedRun national() {
    return build(Municipalities.danish().all().stream().map(Municipality::code).toList(), 98);
  }

  static PublishedRun build(List<String> municipalities, long seed) {
    RunFixture fixture = new RunFixture(municipalities, seed);
    Map<String, Table> tables = new LinkedHashMap<>();
    for (ResultDataset d : ResultCatalogue.all()) {
      tables.put(d.name(), fixture.table(d));
    }
    return new PublishedRun(
        RUN_ID,
        Instant.parse("2026-11-24T09:15:00Z"),
        LocalDate.of(2014, 1, 3),
        LocalDate.of(2016, 12, 28),
        MIN_CELL,
        municipalities,
        tables);
  }

  /** The same run without one dataset, for the error of a run that lacks data. */
  static PublishedRun without(PublishedRun run, String dataset) {
    Map<String, Table> tables = new HashMap<>(run.tables());
    tables.remove(dataset);
    return withTables(run, tables);
  }

  /** The same run with {@code table} in place of its dataset's. */
  static PublishedRun with(PublishedRun run, Table table) {
    Map<String, Table> tables = new HashMap<>(run.tables());
    tables.put(table.dataset().name(), table);
    return withTables(run, tables);
  }

  private static PublishedRun withTables(PublishedRun run, Map<String, Table> tables) {
    return new PublishedRun(
        run.runId(),
        run.created(),
        run.firstRegistration(),
        run.lastRegistration(),
        run.minCell(),
        run.municipalities(),
        tables);
  }

  private Table table(ResultDataset d) {
    List<Map<String, Object>> rows =
        switch (d.name()) {
          case "vum_and_target" -> perMunicipality(this::vumAndTarget);
          case "casemix_benchmark" -> perService(this::casemix);
          case "casemix_funnel" -> funnel();
          case "progression_by_price" -> perService(this::progression);
          case "municipality_overview" -> perMunicipality(this::overview);
          case "activity_by_year" -> overTime.activity();
          case "unit_cost_by_year" -> overTime.unitCost();
          case "development_by_year" -> overTime.development();
          case "need_against_cost" -> overTime.need();
          case "comparison_groups" -> comparisonGroups();
          case "data_completeness" -> FixtureQuality.completeness(municipalities, random);
          case "quarantine_summary" -> FixtureQuality.quarantine(municipalities);
          case "rejected_rows" -> FixtureQuality.rejectedRows(municipalities);
          default -> d.column("share").isPresent() ? distribution(d) : means(d);
        };
    List<Object[]> published = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      suppress(d, row);
      published.add(d.publishedColumns().stream().map(c -> row.get(c.name())).toArray());
    }
    return new Table(d, published);
  }

  /** Nulls the counts and values of every count group that describes 1–4 persons. */
  private static void suppress(ResultDataset d, Map<String, Object> row) {
    if (!d.personLevel()) {
      return;
    }
    for (CountGroup g : d.countGroups()) {
      boolean small = small(row.get(g.count())) || small(row.get(g.numerator()));
      row.put(g.suppressedColumn(), small);
      if (small) {
        row.put(g.count(), null);
        g.values().forEach(v -> row.put(v, null));
      }
    }
    if (small(row.get("total"))) {
      row.put("total", null);
    }
  }

  private static boolean small(Object count) {
    return count instanceof Number n && n.longValue() > 0 && n.longValue() < MIN_CELL;
  }

  private List<String> withAll() {
    List<String> all = new ArrayList<>(municipalities);
    all.add(Municipalities.ALL);
    return all;
  }

  private List<Map<String, Object>> distribution(ResultDataset d) {
    List<Column> dims = d.dimensions().subList(1, d.dimensions().size());
    Column pivot = dims.get(dims.size() - 1);
    List<Map<String, Object>> lines = FixtureQuality.combinations(dims.subList(0, dims.size() - 1));
    Map<String, long[]> counts = new HashMap<>();
    for (String m : municipalities) {
      for (int l = 0; l < lines.size(); l++) {
        if (ISHOJ.equals(m) && "SEL107".equals(lines.get(l).get("service"))) {
          continue;
        }
        long[] c = lineCounts(m, pivot, lines.size());
        counts.put(m + "/" + l, c);
        long[] all = counts.computeIfAbsent(Municipalities.ALL + "/" + l, k -> new long[c.length]);
        for (int i = 0; i < c.length; i++) {
          all[i] += c[i];
        }
      }
    }
    List<Object> categories = FixtureQuality.values(pivot.name());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String m : withAll()) {
      for (int l = 0; l < lines.size(); l++) {
        long[] c = counts.get(m + "/" + l);
        if (c != null) {
          long total = pivot.additive() ? java.util.Arrays.stream(c).sum() : c[0];
          for (int i = 0; i < c.length; i++) {
            Map<String, Object> row = new HashMap<>(lines.get(l));
            row.put("municipality_code", m);
            row.put(pivot.name(), categories.get(i));
            putShare(row, "cases", c[i], "total", total, "share");
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  /** Each municipality's five peers: the next five in the list, wrapping round. */
  private List<Map<String, Object>> comparisonGroups() {
    List<Map<String, Object>> rows = new ArrayList<>();
    int size = Math.min(5, municipalities.size() - 1);
    for (int m = 0; m < municipalities.size(); m++) {
      for (int rank = 1; rank <= size; rank++) {
        Map<String, Object> row = new HashMap<>();
        row.put("municipality_code", municipalities.get(m));
        row.put("peer_code", municipalities.get((m + rank) % municipalities.size()));
        row.put("rank", rank);
        rows.add(row);
      }
    }
    return rows;
  }

  /** Counts per category of a line; a stage (at least k registrations) decreases with k. */
  private long[] lineCounts(String m, Column pivot, int lines) {
    List<Object> categories = FixtureQuality.values(pivot.name());
    long[] c = new long[categories.size()];
    int n = Math.max(4, size.get(m) / Math.max(1, lines / 2));
    for (int i = 0; i < c.length; i++) {
      c[i] = pivot.additive() ? random.nextInt(n / 2 + 1) : (i == 0 ? n : (long) (c[i - 1] * 0.6));
    }
    if (HORSENS.equals(m) && pivot.name().equals("goals_set")) {
      c = new long[] {size.get(m), 2};
    }
    return c;
  }

  private static void putShare(
      Map<String, Object> row, String count, long k, String total, long n, String share) {
    row.put(count, k);
    row.put(total, n);
    double p = n == 0 ? 0 : (double) k / n;
    double half = n == 0 ? 0 : 1.96 * Math.sqrt(p * (1 - p) / n) + 0.5 / n;
    String prefix = share.equals("share") ? "share" : share.replace("_share", "");
    row.put(share, p);
    row.put(prefix + "_ci_low", Math.max(0, p - half));
    row.put(prefix + "_ci_high", Math.min(1, p + half));
  }

  private List<Map<String, Object>> means(ResultDataset d) {
    List<Column> dims = d.dimensions().subList(1, d.dimensions().size());
    List<Map<String, Object>> cells = FixtureQuality.combinations(dims);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> cell : cells) {
      long allCases = 0;
      double allSum = 0;
      for (String m : municipalities) {
        if (ISHOJ.equals(m) && "SEL107".equals(cell.get("service"))) {
          continue;
        }
        long cases = random.nextInt(Math.max(2, 2 * size.get(m) / cells.size() + 4));
        if (cases > 0) {
          double mean = mean(d.name(), cell);
          rows.add(meanRow(m, cell, cases, mean));
          allCases += cases;
          allSum += cases * mean;
        }
      }
      if (allCases > 0) {
        rows.add(meanRow(Municipalities.ALL, cell, allCases, allSum / allCases));
      }
    }
    return MunicipalRecoding.of(d.name()).map(r -> recoded(rows, r)).orElse(rows);
  }

  /**
   * The municipal rows of a line merged into one row of the recoded value, as the analysis
   * publishes them, and all's split merged likewise beside it (after the random draws, so that the
   * other datasets stay as they were).
   */
  private static List<Map<String, Object>> recoded(
      List<Map<String, Object>> rows, MunicipalRecoding recoding) {
    Map<List<Object>, double[]> lines = new java.util.LinkedHashMap<>();
    Map<List<Object>, Map<String, Object>> firsts = new HashMap<>();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      if (Municipalities.ALL.equals(row.get("municipality_code"))) {
        out.add(row);
      }
      Map<String, Object> line = new HashMap<>(row);
      line.put(recoding.dimension(), recoding.value());
      List<Object> key = List.of(line.get("municipality_code"), line.get("service"));
      firsts.putIfAbsent(key, line);
      double[] sums = lines.computeIfAbsent(key, k -> new double[2]);
      sums[0] += (Long) row.get("cases");
      sums[1] += (Long) row.get("cases") * (Double) row.get("mean");
    }
    lines.forEach(
        (key, sums) -> {
          Map<String, Object> cell = new HashMap<>(firsts.get(key));
          cell.keySet().removeIf(c -> !c.equals("service") && !c.equals(recoding.dimension()));
          out.add(meanRow((String) key.get(0), cell, (long) sums[0], sums[1] / sums[0]));
        });
    return out;
  }

  private static Map<String, Object> meanRow(
      String m, Map<String, Object> cell, long cases, double mean) {
    Map<String, Object> row = new HashMap<>(cell);
    row.put("municipality_code", m);
    row.put("cases", cases);
    row.put("mean", mean);
    row.put("median", mean * 0.95);
    row.put("mean_ci_low", mean * (1 - 0.6 / Math.sqrt(cases)));
    row.put("mean_ci_high", mean * (1 + 0.6 / Math.sqrt(cases)));
    return row;
  }

  /** A plausible mean: kroner a day for §107, hours a month for §85, a VUM score, months. */
  private double mean(String dataset, Map<String, Object> cell) {
    double vum = cell.get("vum_score") instanceof Double v ? v : 2.5;
    double scale = 0.6 + 0.15 * vum;
    if ("SEL107".equals(cell.get("service"))) {
      return (1200 + random.nextInt(1400)) * scale;
    }
    if ("SEL85".equals(cell.get("service"))) {
      return (8 + random.nextInt(3500) / 100.0) * scale;
    }
    return dataset.equals("vum_by_funding_basis")
        ? 1.6 + random.nextInt(160) / 100.0
        : 5 + random.nextInt(100) / 10.0;
  }

  private List<Map<String, Object>> perMunicipality(Row maker) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String m : withAll()) {
      Map<String, Object> row = new HashMap<>();
      row.put("municipality_code", m);
      maker.fill(row, m, null);
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> perService(Row maker) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String service : List.of("SEL85", "SEL107")) {
      for (String m : withAll()) {
        if (!(ISHOJ.equals(m) && service.equals("SEL107"))) {
          Map<String, Object> row = new HashMap<>();
          row.put("municipality_code", m);
          row.put("service", service);
          maker.fill(row, m, service);
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Fills one row of a dataset with one row per municipality (and service). */
  private interface Row {
    void fill(Map<String, Object> row, String municipality, String service);
  }

  private long cases(String m) {
    return Municipalities.ALL.equals(m)
        ? size.values().stream().mapToLong(i -> i).sum()
        : size.get(m);
  }

  private void vumAndTarget(Map<String, Object> row, String m, String service) {
    long cases = cases(m);
    double vum = 2.1 + random.nextInt(70) / 100.0;
    row.put("cases", cases);
    row.put("mean_vum", vum);
    row.put("mean_vum_ci_low", vum - 0.8 / Math.sqrt(cases));
    row.put("mean_vum_ci_high", vum + 0.8 / Math.sqrt(cases));
    long targets = m.equals(BALLERUP) ? 3 : municipalities.indexOf(m) % 3 == 2 ? 0 : cases * 2 / 3;
    row.put("target_cases", targets);
    if (targets > 0) {
      double target = vum - 0.3 + random.nextInt(40) / 100.0;
      row.put("mean_vum_of_target_cases", vum - 0.1);
      row.put("mean_vum_target", target);
      row.put("mean_vum_target_ci_low", target - 0.8 / Math.sqrt(targets));
      row.put("mean_vum_target_ci_high", target + 0.8 / Math.sqrt(targets));
    }
  }

  private void casemix(Map<String, Object> row, String m, String service) {
    long cases = cases(m) / 2;
    double expected = service.equals("SEL107") ? 1900 : 24;
    double ratio = Municipalities.ALL.equals(m) ? 1.0 : 0.75 + random.nextInt(50) / 100.0;
    row.put("cases", cases);
    row.put("actual_mean", expected * ratio);
    row.put("expected_mean", expected);
    row.put("ratio", ratio);
    if (!Municipalities.ALL.equals(m)) {
      // Drawn from the values above, not the random source, so later datasets stay as they were.
      double variance = 0.5 / cases;
      double shrunken = Math.pow(ratio, 0.04 / (0.04 + variance));
      row.put("ratio_ci_low", ratio * (1 - 0.7 / Math.sqrt(cases)));
      row.put("ratio_ci_high", ratio * (1 + 0.7 / Math.sqrt(cases)));
      row.put("precision", 1 / variance);
      row.put("shrunken_ratio", shrunken);
      row.put("shrunken_ci_low", shrunken * (1 - 0.5 / Math.sqrt(cases)));
      row.put("shrunken_ci_high", shrunken * (1 + 0.5 / Math.sqrt(cases)));
    }
  }

  /** The funnel's control limits: a few grid points per service, for all municipalities. */
  private List<Map<String, Object>> funnel() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String service : List.of("SEL85", "SEL107")) {
      for (int point = 0; point < 5; point++) {
        double precision = 20 * Math.pow(2, point);
        double spread = Math.sqrt(1 / precision + 0.04);
        Map<String, Object> row = new HashMap<>();
        row.put("municipality_code", Municipalities.ALL);
        row.put("service", service);
        row.put("point", point);
        row.put("precision", precision);
        row.put("limit_95_low", Math.exp(-1.96 * spread));
        row.put("limit_95_high", Math.exp(1.96 * spread));
        row.put("limit_998_low", Math.exp(-3.09 * spread));
        row.put("limit_998_high", Math.exp(3.09 * spread));
        row.put("municipalities", (long) municipalities.size());
        row.put("phi", 2.5);
        row.put("tau2", 0.04);
        rows.add(row);
      }
    }
    return rows;
  }

  private void progression(Map<String, Object> row, String m, String service) {
    long cases = cases(m) / 2;
    double price =
        (service.equals("SEL107") ? 1500 + random.nextInt(1000) : 15 + random.nextInt(25));
    row.put("cases", cases);
    row.put("mean_price", price);
    row.put("mean_price_ci_low", price * 0.9);
    row.put("mean_price_ci_high", price * 1.1);
    long goals = cases * 2 / 3;
    long fulfilled = goals / 2 + random.nextInt(3);
    putShare(row, "goals_fulfilled", fulfilled, "goal_cases", goals, "goals_fulfilled_share");
    long vumCases = cases * 3 / 4;
    putShare(row, "vum_improved", vumCases / 6, "vum_cases", vumCases, "vum_improved_share");
  }

  private void overview(Map<String, Object> row, String m, String service) {
    long cases = cases(m);
    row.put("cases", cases);
    row.put("registrations", cases * 2 + cases / 3);
    row.put("first_registration_date", LocalDate.of(2014, 1, 3).plusDays(random.nextInt(300)));
    row.put("last_registration_date", LocalDate.of(2016, 12, 28).minusDays(random.nextInt(200)));
  }
}
