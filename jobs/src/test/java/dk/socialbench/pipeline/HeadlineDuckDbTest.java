package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.RunLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * The three headline datasets of the sample run, computed a second time by another engine: DuckDB
 * SQL over the run's curated registrations (the analyses' input), written from the definitions in
 * {@code docs/analyses.md}, with the intervals from Commons Math's t and normal distributions. Both
 * must agree on every row of the restricted (unsuppressed) result. Unlike the golden files, which
 * the code writes itself, nothing here comes from the code under test but its input.
 */
public class HeadlineDuckDbTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  /** The 97.5% quantile of the standard normal, for the Wilson interval. */
  private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

  /** Every registration with its price: §85 hours individual + group (empty = 0), §107 price. */
  private static final String REGISTRATIONS =
      """
      CREATE VIEW registrations AS
      SELECT *, CASE WHEN service = 'SEL85' THEN hours_individual + coalesce(hours_group, 0)
                     ELSE daily_price END AS price
      FROM read_parquet('%s/**/*.parquet', hive_partitioning = true,
                        hive_types = {'municipality_code': VARCHAR})
      """;

  /** Registration k beside the same case's k+1. */
  private static final String TRANSITIONS =
      """
      CREATE VIEW transitions AS
      SELECT *,
             lead(registration_number) OVER w IS NOT NULL AS has_next,
             lead(vum_score) OVER w AS next_vum_score,
             lead(previous_goal_fulfilled) OVER w AS next_goal_fulfilled
      FROM registrations
      WINDOW w AS (PARTITION BY municipality_code, case_id ORDER BY registration_number)
      """;

  @Test
  public void vum_development_agrees_with_duckdb() throws Exception {
    String units =
        """
        SELECT municipality_code, registration_number AS from_registration, vum_score AS vum_from,
               CASE WHEN NOT has_next THEN 'no_next_registration'
                    WHEN next_vum_score < vum_score THEN 'improved'
                    WHEN next_vum_score > vum_score THEN 'worsened'
                    ELSE 'same' END AS direction
        FROM transitions
        WHERE registration_number IN (SELECT registration_number FROM transitions WHERE has_next)
        """;
    assertAgrees("vum_development", shares(units, "from_registration, vum_from", "direction"));
  }

  @Test
  public void goal_fulfilment_agrees_with_duckdb() throws Exception {
    String perStage =
        """
        SELECT municipality_code, registration_number AS from_registration, goal_type,
               next_goal_fulfilled AS fulfilment
        FROM transitions WHERE goals_set AND has_next
        """;
    // from_registration 0 pools every k: each goal once under its k and once under 0.
    String units =
        "SELECT * FROM ("
            + perStage
            + ") UNION ALL SELECT municipality_code, 0, goal_type,"
            + " fulfilment FROM ("
            + perStage
            + ")";
    assertAgrees("goal_fulfilment", shares(units, "from_registration, goal_type", "fulfilment"));
  }

  @Test
  public void price_by_vum_agrees_with_duckdb() throws Exception {
    String units =
        """
        SELECT municipality_code, service, vum_score, price,
               CASE WHEN service = 'SEL85' THEN hours_individual END AS hours_individual
        FROM registrations WHERE registration_number = 1 AND price IS NOT NULL
        """;
    String sql =
        """
        WITH units AS (%s), every AS (
          SELECT * FROM units UNION ALL
          SELECT 'all', service, vum_score, price, hours_individual FROM units)
        SELECT municipality_code, service, vum_score, count(*) AS cases, avg(price) AS mean,
               median(price) AS median, stddev_samp(price) AS sd,
               avg(hours_individual) AS mean_hours_individual
        FROM every GROUP BY municipality_code, service, vum_score
        """
            .formatted(units);
    List<String> lines = new ArrayList<>();
    try (Connection db = duckdb();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String service = r.getString("service");
        int digits = service.equals("SEL107") ? 0 : 1; // whole kroner; 0.1 hour
        long n = r.getLong("cases");
        double mean = r.getDouble("mean");
        double sd = r.getDouble("sd");
        String low = "";
        String high = "";
        if (n > 1) {
          double half =
              new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
          low = number(round(Math.max(0, mean - half), digits));
          high = number(round(mean + half, digits));
        }
        Object hours = r.getObject("mean_hours_individual");
        lines.add(
            String.join(
                ";",
                r.getString("municipality_code"),
                service,
                number(r.getDouble("vum_score")),
                Long.toString(n),
                number(round(mean, digits)),
                number(round(r.getDouble("median"), digits)),
                low,
                high,
                hours == null ? "" : number(round(((Number) hours).doubleValue(), digits))));
      }
    }
    assertAgrees("price_by_vum", lines);
  }

  /**
   * Persons per category with the line's total, the share and its Wilson interval, each
   * municipality's units also counted under "all".
   */
  private List<String> shares(String units, String dimensions, String category)
      throws SQLException {
    String sql =
        """
        WITH units AS (%1$s), every AS (
          SELECT * FROM units UNION ALL
          SELECT * REPLACE ('all' AS municipality_code) FROM units)
        SELECT municipality_code, %2$s, %3$s, count(*) AS cases,
               sum(count(*)) OVER (PARTITION BY municipality_code, %2$s) AS total
        FROM every GROUP BY municipality_code, %2$s, %3$s
        """
            .formatted(units, dimensions, category);
    List<String> lines = new ArrayList<>();
    try (Connection db = duckdb();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object v = r.getObject(i);
          cells.add(v == null ? "" : v instanceof Double d ? number(d) : v.toString());
        }
        long x = r.getLong("cases");
        long n = r.getLong("total");
        double p = (double) x / n;
        double z2n = Z * Z / n;
        double centre = p + z2n / 2;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        cells.add(number(round(p, 3)));
        cells.add(number(round((centre - half) / (1 + z2n), 3)));
        cells.add(number(round((centre + half) / (1 + z2n), 3)));
        lines.add(String.join(";", cells));
      }
    }
    return lines;
  }

  private Connection duckdb() throws SQLException {
    SampleRun run = SampleRun.get(spark());
    Path curated = new RunLayout(run.work()).registrations(run.manifest().runId());
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute(REGISTRATIONS.formatted(curated.toAbsolutePath()));
      s.execute(TRANSITIONS);
    }
    return db;
  }

  private void assertAgrees(String dataset, List<String> expected) {
    SampleRun run = SampleRun.get(spark());
    Dataset<Row> all =
        spark()
            .read()
            .parquet(
                new RunLayout(run.work()).restricted(run.manifest().runId(), dataset).toString());
    // The cell keys are checked against python3's hashlib by the analyses' tests; DuckDB checks the
    // figures.
    Dataset<Row> d =
        all.selectExpr(
            Arrays.stream(all.columns())
                .filter(c -> !c.endsWith(Column.KEY_SUFFIX))
                .toArray(String[]::new));
    List<String> actual = new ArrayList<>();
    for (Row r : d.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        cells.add(v == null ? "" : v instanceof Double x ? number(x) : v.toString());
      }
      actual.add(String.join(";", cells));
    }
    Assert.assertTrue(dataset + " is empty", actual.size() > 10);
    Assert.assertEquals(
        dataset + " (" + String.join(";", d.columns()) + ")",
        String.join("\n", expected.stream().sorted().toList()),
        String.join("\n", actual.stream().sorted().toList()));
  }

  /** Half up, as the published figures are rounded. */
  private static double round(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
