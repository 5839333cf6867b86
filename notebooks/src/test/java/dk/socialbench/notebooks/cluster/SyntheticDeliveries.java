package dk.socialbench.notebooks.cluster;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Valid delivery files for cluster tests and benchmarks, written as a stream (10⁷ rows need no
 * memory): one CSV per municipality in the delivery format, national size profile (the biggest
 * municipality about 10× the median), about 2.6 registrations per case, VUM, prices and goals that
 * vary plausibly. Not the calibrated generator ({@code socialbench generate}): only what a pipeline
 * and a notebook need to do real work. Same arguments, same files.
 *
 * <p>Example: {@code SyntheticDeliveries.write(dir, 98, 1_000_000, 7)}; {@code main} does the same
 * from the command line for the benchmarks.
 */
public final class SyntheticDeliveries {
  private static final String HEADER =
      "municipality_code,case_id,cpr,name,target_group,case_closed,closed_date,closing_reason,"
          + "registration_date,registration_kind,initiator,service,provider_name,provider_type,"
          + "daily_price,hours_individual,hours_group,vum_score,goals_set,goal_type,vum_target,"
          + "expected_goal_date,previous_goal_fulfilled,concurrent_service,concurrent_daily_price,"
          + "funding_basis,employment_measure";
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
  private static final String[] INITIATOR = {
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
    StringBuilder line = new StringBuilder(400);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      while (rows < target) {
        caseNo++;
        int registrations = (int) Math.min(target - rows, registrationsOfCase(rnd));
        rows += writeCase(w, line, code, caseNo, registrations, rnd);
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
      BufferedWriter w,
      StringBuilder line,
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
      line.setLength(0);
      line.append(code).append(",C").append(caseNo).append(',').append(cpr).append(",,");
      line.append(target).append(",no,,,").append(date).append(',');
      line.append(k == 1 ? "visitation" : "follow_up").append(',');
      line.append(INITIATOR[rnd.nextInt(INITIATOR.length)]).append(',');
      line.append(sel85 ? "SEL85" : "SEL107").append(",,").append(provider).append(',');
      if (sel85) {
        double hours =
            Math.round((8 + 6 * score + (young ? 4 : 0) + rnd.nextGaussian() * 4) * 2) / 2.0;
        line.append(",").append(Math.max(1, hours)).append(",,");
      } else {
        long price = Math.round(1100 + 350 * score + (young ? 150 : 0) + rnd.nextGaussian() * 200);
        line.append(Math.max(300, price)).append(",,,");
      }
      line.append(score).append(',').append(goals ? "yes" : "no").append(',');
      line.append(goals ? GOAL[rnd.nextInt(GOAL.length)] : "").append(",,,");
      line.append(k > 1 ? FULFILLED[rnd.nextInt(FULFILLED.length)] : "").append(",,,");
      line.append(funding).append(",\n");
      w.append(line);
    }
    return registrations;
  }
}
