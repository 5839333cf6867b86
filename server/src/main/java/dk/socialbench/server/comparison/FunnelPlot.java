package dk.socialbench.server.comparison;

import static dk.socialbench.contract.ResultColumns.LIMIT_95_HIGH;
import static dk.socialbench.contract.ResultColumns.LIMIT_95_LOW;
import static dk.socialbench.contract.ResultColumns.LIMIT_998_HIGH;
import static dk.socialbench.contract.ResultColumns.LIMIT_998_LOW;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.POINT;
import static dk.socialbench.contract.ResultColumns.PRECISION;
import static dk.socialbench.contract.ResultColumns.RATIO;
import static dk.socialbench.contract.ResultColumns.SERVICE;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Municipalities;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case-mix funnel plot of one service as a municipality sees it (Spiegelhalter 2005): every
 * municipality's actual/expected ratio at its precision ({@code casemix_benchmark}), split into the
 * municipality itself, its comparison group and the others, and the 95% and 99.8% control limits
 * around 1 over a grid of precisions ({@code casemix_funnel}, widened for the variation between
 * municipalities). Only published numbers: a municipality whose ratio or precision is withheld is
 * left out. The benchmark PDF and the page draw the same plot from it.
 *
 * <p>Example: {@code FunnelPlot.of(new RunRows(run), "615", group.members())}.
 *
 * @param service the service's code, such as {@code SEL85}
 * @param focus the municipality's own dot (empty if its ratio is withheld)
 * @param group its comparison group's dots
 * @param others every other municipality's dots
 * @param limits the control limits, by increasing precision
 */
public record FunnelPlot(
    Object service, List<Dot> focus, List<Dot> group, List<Dot> others, List<Limits> limits) {
  static final String FUNNEL = DatasetNames.CASEMIX_FUNNEL;
  static final String BENCHMARK = DatasetNames.CASEMIX_BENCHMARK;

  /** A municipality's published ratio at its precision. */
  public record Dot(String municipality, double precision, double ratio) {}

  /** The control limits at one precision. */
  public record Limits(
      double precision, double low95, double high95, double low998, double high998) {}

  public FunnelPlot {
    focus = List.copyOf(focus);
    group = List.copyOf(group);
    others = List.copyOf(others);
    limits = List.copyOf(limits);
  }

  /** A plot per service that has control limits in the run; none if the run has no funnel. */
  public static List<FunnelPlot> of(RunRows rows, String focus, Collection<String> group) {
    if (rows.run().find(FUNNEL).isEmpty() || rows.run().find(BENCHMARK).isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> funnel = rows.get(FUNNEL).rows(Municipalities.ALL);
    List<Map<String, Object>> benchmark = rows.get(BENCHMARK).rows();
    Set<Object> services = new LinkedHashSet<>();
    funnel.forEach(r -> services.add(r.get(SERVICE)));
    List<FunnelPlot> plots = new ArrayList<>();
    for (Object service : services) {
      plots.add(of(funnel, benchmark, service, focus, group));
    }
    return plots;
  }

  /** The plot of {@code service} from the rows of {@code casemix_funnel} and the benchmark. */
  public static FunnelPlot of(
      List<Map<String, Object>> funnel,
      List<Map<String, Object>> benchmark,
      Object service,
      String focus,
      Collection<String> group) {
    List<Dot> own = new ArrayList<>();
    List<Dot> members = new ArrayList<>();
    List<Dot> others = new ArrayList<>();
    for (Map<String, Object> row : benchmark) {
      Object code = row.get(MUNICIPALITY_CODE);
      Double ratio = real(row, RATIO);
      Double precision = real(row, PRECISION);
      if (!service.equals(row.get(SERVICE))
          || Municipalities.ALL.equals(code)
          || ratio == null
          || precision == null
          || precision <= 0) {
        continue;
      }
      Dot dot = new Dot((String) code, precision, ratio);
      (code.equals(focus) ? own : group.contains(code) ? members : others).add(dot);
    }
    List<Limits> limits = new ArrayList<>();
    funnel.stream()
        .filter(r -> service.equals(r.get(SERVICE)))
        .sorted(Comparator.comparing(r -> ((Number) r.get(POINT)).intValue()))
        .forEach(
            r -> {
              Double precision = real(r, PRECISION);
              Double low95 = real(r, LIMIT_95_LOW);
              Double high95 = real(r, LIMIT_95_HIGH);
              Double low998 = real(r, LIMIT_998_LOW);
              Double high998 = real(r, LIMIT_998_HIGH);
              if (precision != null
                  && precision > 0
                  && low95 != null
                  && high95 != null
                  && low998 != null
                  && high998 != null) {
                limits.add(new Limits(precision, low95, high95, low998, high998));
              }
            });
    return new FunnelPlot(service, own, members, others, limits);
  }

  /** Every municipality's dot: the focus, its group, the others. */
  public List<Dot> dots() {
    List<Dot> all = new ArrayList<>(focus);
    all.addAll(group);
    all.addAll(others);
    return all;
  }

  private static Double real(Map<String, Object> row, String column) {
    return row.get(column) instanceof Number n ? n.doubleValue() : null;
  }
}
