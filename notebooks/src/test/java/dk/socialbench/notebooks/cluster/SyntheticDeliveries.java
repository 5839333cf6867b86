package dk.socialbench.notebooks.cluster;

import static dk.socialbench.contract.DeliveryColumn.*;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Valid delivery files for cluster tests and benchmarks, written as a stream (10⁷ rows need no
 * memory): one CSV per municipality in the delivery format, national size profile (the biggest
 * municipality about 10× the median), about 2.6 registrations per case, VUM, prices and goals that
 * vary plausibly. Not the calibrated generator ({@code socialbench generate}): only what a pipeline
 * and a notebook need to do real work. Same arguments, same files. Columns are named by the
 * contract's {@link DeliveryColumn}; fields are written by Commons CSV, as every CSV of the
 * project.
 *
 * <p>Example: {@code SyntheticDeliveries.write(dir, 98, 1_000_000, 7)}; {@code main} does the same
 * from the command line for the benchmarks.
 */
public final class SyntheticDeliveries {
  /** The delivery columns written, in this order (the optional rest is left out). */
  private static final List<DeliveryColumn> COLUMNS =
      List.of(
          MUNICIPALITY_CODE,
          CASE_ID,
          CPR,
          NAME,
          TARGET_GROUP,
          CASE_CLOSED,
          CLOSED_DATE,
          CLOSING_REASON,
          REGISTRATION_DATE,
          REGISTRATION_KIND,
          INITIATOR,
          SERVICE,
          PROVIDER_NAME,
          PROVIDER_TYPE,
          DAILY_PRICE,
          HOURS_INDIVIDUAL,
          HOURS_GROUP,
          VUM_SCORE,
          GOALS_SET,
          GOAL_TYPE,
          VUM_TARGET,
          EXPECTED_GOAL_DATE,
          PREVIOUS_GOAL_FULFILLED,
          CONCURRENT_SERVICE,
          CONCURRENT_DAILY_PRICE,
          FUNDING_BASIS,
          EMPLOYMENT_MEASURE);

  private static final CSVFormat CSV =
      CSVFormat.RFC4180
          .builder()
          .setRecordSeparator('\n')
          .setHeader(COLUMNS.stream().map(DeliveryColumn::code).toArray(String[]::new))
          .get();

  private static final double[] VUM = {0, 1, 2, 3, 3.5, 4};
  private static final String[] TARGET = {
    "intellectual_cognitive",
    "intellectual_cognitive",
    "mental_illness",
    "mental_illness",
    "psychic_unspecified",
    "physical",
    "social"
  };
  private static final String[] GOAL = {
    "improvement", "improvement", "status_quo", "limited_deterioration"
  };
  private static final String[] FULFILLED = {"fully", "partially", "partially", "not", "not"};
  private static final String[] INITIATOR_CODES = {
    "authority", "authority", "authority", "provider", "citizen"
  };
  private static final String[] PROVIDER = {
    "own_municipality", "own_municipality", "private", "other_municipality", "region"
  };
  private static final String[] FUNDING = {
    "disability_pension",
    "cash_benefit_not_job_ready",
    "cash_benefit_job_ready",
    "resource_course",
    "flex_job",
    ""
  };

  private SyntheticDeliveries() {}

  public static void main(String[] args) throws IOException {
    long rows = write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), 7);
    System.out.println(rows + " registrations written to " + args[0]);
  }

  /**
   * Writes about {@code registrations} rows over the first {@code municipalities}; returns rows.
   */
  public static long write(Path dir, int municipalities, long registrations, long seed)
      throws IOException {
    List<Municipality> all = Municipalities.danish().all();
    int n = Math.min(municipalities, all.size());
    double[] weight = new double[n];
    double sum = 0;
    double median = Math.max(1, (n - 1) / 2.0);
    for (int i = 0; i < n; i++) {
      // 10 for the biggest, 1 at the median, about 0.5 for the smallest of 98.
      weight[i] = 10 / (1 + 9 / median * i);
      sum += weight[i];
    }
    Files.createDirectories(dir);
    long written = 0;
    for (int i = 0; i < n; i++) {
      long target = Math.max(3, Math.round(registrations * weight[i] / sum));
      Municipality m = all.get(i);
      Path file = dir.resolve(m.code() + "_synthetic.csv");
      written += writeMunicipality(file, m.code(), target, new SplittableRandom(seed * 1000 + i));
    }
    return written;
  }

  private static long writeMunicipality(Path file, String code, long target, SplittableRandom rnd)
      throws IOException {
    long rows = 0;
    int caseNo = 0;
    Map<DeliveryColumn, Object> row = new EnumMap<>(DeliveryColumn.class);
    try (CSVPrinter csv = CSV.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      while (rows < target) {
        caseNo++;
        int registrations = (int) Math.min(target - rows, registrationsOfCase(rnd));
        rows += writeCase(csv, row, code, caseNo, registrations, rnd);
      }
    }
    return rows;
  }

  private static int registrationsOfCase(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.05) return 1;
    if (u < 0.58) return 2;
    if (u < 0.83) return 3;
    if (u < 0.93) return 4;
    return 5 + rnd.nextInt(5);
  }

  private static int writeCase(
      CSVPrinter csv,
      Map<DeliveryColumn, Object> row,
      String code,
      int caseNo,
      int registrations,
      SplittableRandom rnd)
      throws IOException {
    int age = 18 + rnd.nextInt(60);
    LocalDate start = LocalDate.of(2009, 1, 1).plusDays(rnd.nextInt(8 * 365));
    LocalDate birth = start.minusYears(age).minusDays(rnd.nextInt(365));
    String cpr =
        String.format(
            Locale.ROOT,
            "%02d%02d%02d-%d%03d",
            birth.getDayOfMonth(),
            birth.getMonthValue(),
            birth.getYear() % 100,
            rnd.nextInt(4),
            rnd.nextInt(1000));
    String target = TARGET[rnd.nextInt(TARGET.length)];
    boolean sel85 = rnd.nextDouble() < 0.66;
    String provider = PROVIDER[rnd.nextInt(PROVIDER.length)];
    String funding = FUNDING[rnd.nextInt(FUNDING.length)];
    int vum = 1 + rnd.nextInt(5);
    boolean young = age < 40;
    LocalDate date = start;
    for (int k = 1; k <= registrations; k++) {
      if (k > 1) {
        date = date.plusDays(200 + rnd.nextInt(250));
        double u = rnd.nextDouble();
        vum = Math.max(0, Math.min(VUM.length - 1, vum + (u < 0.12 ? -1 : u > 0.9 ? 1 : 0)));
      }
      double score = VUM[vum];
      boolean goals = rnd.nextDouble() < 0.93;
      row.clear();
      row.put(MUNICIPALITY_CODE, code);
      row.put(CASE_ID, "C" + caseNo);
      row.put(CPR, cpr);
      row.put(TARGET_GROUP, target);
      row.put(CASE_CLOSED, "no");
      row.put(REGISTRATION_DATE, date);
      row.put(REGISTRATION_KIND, k == 1 ? "visitation" : "follow_up");
      row.put(INITIATOR, INITIATOR_CODES[rnd.nextInt(INITIATOR_CODES.length)]);
      row.put(SERVICE, sel85 ? "SEL85" : "SEL107");
      row.put(PROVIDER_TYPE, provider);
      if (sel85) {
        double hours =
            Math.round((8 + 6 * score + (young ? 4 : 0) + rnd.nextGaussian() * 4) * 2) / 2.0;
        row.put(HOURS_INDIVIDUAL, Math.max(1, hours));
      } else {
        long price = Math.round(1100 + 350 * score + (young ? 150 : 0) + rnd.nextGaussian() * 200);
        row.put(DAILY_PRICE, Math.max(300, price));
      }
      row.put(VUM_SCORE, score);
      row.put(GOALS_SET, goals ? "yes" : "no");
      if (goals) {
        row.put(GOAL_TYPE, GOAL[rnd.nextInt(GOAL.length)]);
      }
      if (k > 1) {
        row.put(PREVIOUS_GOAL_FULFILLED, FULFILLED[rnd.nextInt(FULFILLED.length)]);
      }
      row.put(FUNDING_BASIS, funding);
      for (DeliveryColumn column : COLUMNS) {
        csv.print(row.getOrDefault(column, ""));
      }
      csv.println();
    }
    return registrations;
  }
}
