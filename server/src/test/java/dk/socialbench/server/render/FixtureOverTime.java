package dk.socialbench.server.render;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The datasets over time of {@link RunFixture}: activity, unit cost and development by year from
 * 2013 to 2016 and need against cost. 2013 has few citizens, so that small municipalities show a
 * withheld year; Ishøj has no §107, as in the rest of the fixture.
 */
final class FixtureOverTime {
  static final List<Integer> YEARS = List.of(2013, 2014, 2015, 2016);
  private static final List<String> SERVICES = List.of("SEL85", "SEL107");
  private static final List<String> KEY_FIGURES = ResultCodes.KEY_FIGURES;

  private final List<String> municipalities;
  private final Map<String, Integer> size;
  private final Random random;

  FixtureOverTime(List<String> municipalities, Map<String, Integer> size, Random random) {
    this.municipalities = municipalities;
    this.size = size;
    this.random = random;
  }

  /** Citizens of {@code m} with {@code service} in {@code year}: few in 2013. */
  private long users(String m, String service, int year) {
    double share = service.equals("SEL107") ? 0.35 : 0.65;
    double growth = year == 2013 ? 0.12 : 0.5 + 0.25 * (year - 2014);
    return Math.max(1, Math.round(size.get(m) * share * growth + random.nextInt(3)));
  }

  List<Map<String, Object>> activity() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String service : SERVICES) {
      for (int year : YEARS) {
        Map<String, Object> all = row(Municipalities.ALL, service, year);
        for (String m : offering(service)) {
          long unique = users(m, service, year);
          double fullYear = unique * (0.6 + random.nextInt(20) / 100.0);
          long dec31 = Math.round(fullYear * (0.9 + random.nextInt(20) / 100.0));
          rows.add(activityRow(row(m, service, year), fullYear, unique, dec31));
          add(all, "full_year_users", fullYear);
          add(all, "unique_users", unique);
          add(all, "users_dec31", dec31);
        }
        rows.add(all);
      }
    }
    return rows;
  }

  List<Map<String, Object>> unitCost() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String service : SERVICES) {
      for (int year : YEARS) {
        for (String m : withAll(offering(service))) {
          long users =
              Municipalities.ALL.equals(m) ? 40 + 20L * (year - 2012) : users(m, service, year);
          double fullYear = users * 0.7;
          double perYear = perYear(service, year);
          Map<String, Object> row = row(m, service, year);
          row.put("users", users);
          row.put("full_year_users", fullYear);
          row.put("amount", perYear * fullYear);
          putInterval(row, "per_year", perYear, users);
          putInterval(row, "per_month", perYear / 12, users);
          rows.add(row);
        }
      }
    }
    return rows;
  }

  List<Map<String, Object>> development() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String figure : KEY_FIGURES) {
      for (int year : YEARS) {
        for (String m : withAll(municipalities)) {
          long persons =
              Municipalities.ALL.equals(m) ? 60 + 25L * (year - 2013) : users(m, "SEL85", year);
          Map<String, Object> row = new HashMap<>();
          row.put("municipality_code", m);
          row.put("key_figure", figure);
          row.put("year", year);
          row.put("persons", persons);
          if (KEY_FIGURES.indexOf(figure) < 3) {
            long with = Math.round(persons * (0.35 + random.nextInt(40) / 100.0));
            double share = (double) with / persons;
            row.put("persons_with", with);
            row.put("value", share);
            row.put("value_ci_low", Math.max(0, share - 0.9 / Math.sqrt(persons)));
            row.put("value_ci_high", Math.min(1, share + 0.9 / Math.sqrt(persons)));
          } else {
            double mean = mean(figure, year);
            row.put("value", mean);
            row.put("value_ci_low", mean * (1 - 0.5 / Math.sqrt(persons)));
            row.put("value_ci_high", mean * (1 + 0.5 / Math.sqrt(persons)));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  List<Map<String, Object>> need() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String service : SERVICES) {
      for (String m : withAll(offering(service))) {
        long users =
            Municipalities.ALL.equals(m) ? 300 : users(m, service, 2015) + users(m, service, 2016);
        double vum = 2.1 + random.nextInt(70) / 100.0;
        double perYear = perYear(service, 2015) * (0.6 + 0.2 * vum);
        Map<String, Object> row = new HashMap<>();
        row.put("municipality_code", m);
        row.put("service", service);
        row.put("users", users);
        row.put("full_year_users", users * 0.8);
        putInterval(row, "mean_vum", vum, users);
        putInterval(row, "per_year", perYear, users);
        putInterval(row, "per_month", perYear / 12, users);
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * Kroner a year for §107 (a daily price of about 2,000), hours a year for §85 (about 20 a month).
   */
  private double perYear(String service, int year) {
    double base = service.equals("SEL107") ? 2000 * 365 : 20 * 12;
    return base * (1 + 0.03 * (year - 2013)) * (0.85 + random.nextInt(30) / 100.0);
  }

  private double mean(String figure, int year) {
    double drift = 1 + 0.02 * (year - 2013);
    return switch (figure) {
      case "daily_price_sel107" -> (1500 + random.nextInt(1000)) * drift;
      case "unit_cost_sel107" -> (1500 + random.nextInt(1000)) * 365 * drift;
      default -> (12 + random.nextInt(2000) / 100.0) * drift;
    };
  }

  private List<String> offering(String service) {
    return municipalities.stream()
        .filter(m -> !(RunFixture.ISHOJ.equals(m) && service.equals("SEL107")))
        .toList();
  }

  private static List<String> withAll(List<String> municipalities) {
    List<String> all = new ArrayList<>(municipalities);
    all.add(Municipalities.ALL);
    return all;
  }

  private static Map<String, Object> row(String m, String service, int year) {
    Map<String, Object> row = new HashMap<>();
    row.put("municipality_code", m);
    row.put("service", service);
    row.put("year", year);
    return row;
  }

  private static Map<String, Object> activityRow(
      Map<String, Object> row, double fullYear, long unique, long dec31) {
    row.put("full_year_users", fullYear);
    row.put("unique_users", unique);
    row.put("users_dec31", dec31);
    return row;
  }

  private static void add(Map<String, Object> row, String column, Number value) {
    Object before = row.get(column);
    if (value instanceof Double d) {
      row.put(column, (before == null ? 0.0 : (Double) before) + d);
    } else {
      row.put(column, (before == null ? 0L : (Long) before) + value.longValue());
    }
  }

  private static void putInterval(Map<String, Object> row, String column, double value, long n) {
    row.put(column, value);
    row.put(column + "_ci_low", value * (1 - 0.6 / Math.sqrt(n)));
    row.put(column + "_ci_high", value * (1 + 0.6 / Math.sqrt(n)));
  }
}
