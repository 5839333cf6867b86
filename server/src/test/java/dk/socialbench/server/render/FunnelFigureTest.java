package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The funnel plot's data are the published rows, nothing else: Horsens (615) with its group
 * (Frederiksberg 147, København 101, Aabenraa 580) and one other municipality (Tønder 550), on a
 * two-point funnel of §85.
 */
class FunnelFigureTest {
  private static final Perspective HORSENS =
      Perspective.benchmark(
          new PublishedRun(
              "20261124-101500-ab12",
              null,
              null,
              null,
              5,
              List.of("615", "147", "101", "580", "550"),
              Map.of()),
          new ComparisonGroup("615", List.of("147", "101", "580"), true));

  /** casemix_benchmark: København's §85 ratio is withheld; Tønder also has a §107 row. */
  private static final List<Map<String, Object>> BENCHMARK =
      List.of(
          benchmark("615", "SEL85", 1.20, 40.0),
          benchmark("147", "SEL85", 0.90, 25.0),
          benchmark("101", "SEL85", null, null),
          benchmark("580", "SEL85", 1.05, 10.0),
          benchmark("550", "SEL85", 0.70, 100.0),
          benchmark("550", "SEL107", 1.50, 8.0),
          benchmark("all", "SEL85", 1.0, null));

  /**
   * casemix_funnel, its grid points out of order. Limits exp(±z √(1/precision + τ²)) with τ² =
   * 0.01, worked out with python3: precision 4: √0.26 = 0.5099, exp(±1.96·0.5099) = 2.7167 and
   * 0.3681, exp(±3.09·0.5099) = 4.8336 and 0.2069; precision 64: √0.025625 = 0.16008, 1.3686 and
   * 0.7307, 1.6399 and 0.6098.
   */
  private static final List<Map<String, Object>> FUNNEL =
      List.of(
          funnel(1, 64.0, 0.7307, 1.3686, 0.6098, 1.6399),
          funnel(0, 4.0, 0.3681, 2.7167, 0.2069, 4.8336));

  @Test
  void the_municipalities_are_dots_at_their_published_precision_and_ratio_and_the_limits_lines() {
    ChartSpec chart = FunnelFigure.chart(FUNNEL, BENCHMARK, "SEL85", HORSENS);

    List<ChartPoint> expected = new ArrayList<>();
    expected.add(ChartPoint.dot("Horsens", 40, 1.20));
    expected.add(ChartPoint.dot("Sammenligningsgruppen", 25, 0.90));
    expected.add(ChartPoint.dot("Sammenligningsgruppen", 10, 1.05));
    expected.add(ChartPoint.dot("Øvrige kommuner", 100, 0.70));
    expected.add(ChartPoint.dot("95 pct.-grænser", 4, 2.7167));
    expected.add(ChartPoint.dot("95 pct.-grænser", 64, 1.3686));
    expected.add(ChartPoint.dot("99,8 pct.-grænser", 4, 4.8336));
    expected.add(ChartPoint.dot("99,8 pct.-grænser", 64, 1.6399));
    expected.add(ChartPoint.dot("95 pct.-grænser (nedre)", 4, 0.3681));
    expected.add(ChartPoint.dot("95 pct.-grænser (nedre)", 64, 0.7307));
    expected.add(ChartPoint.dot("99,8 pct.-grænser (nedre)", 4, 0.2069));
    expected.add(ChartPoint.dot("99,8 pct.-grænser (nedre)", 64, 0.6098));
    assertEquals(expected, chart.points());
    assertEquals(ChartSpec.Kind.FUNNEL, chart.kind());
    assertEquals(ChartSpec.FOCUS_COLOUR, chart.colours().get("Horsens"));
    assertEquals(ChartSpec.GROUP_COLOUR, chart.colours().get("Sammenligningsgruppen"));
  }

  @Test
  void there_is_a_panel_for_each_service_the_funnel_has_with_the_caption() {
    List<FigurePanel> panels = FunnelFigure.panels(FUNNEL, BENCHMARK, HORSENS);

    assertEquals(1, panels.size());
    assertEquals("Tragtplot: §85 (timer pr. måned)", panels.get(0).panelTitle());
    assertEquals(FunnelFigure.CAPTION, panels.get(0).note());
    assertEquals("FUNNEL", panels.get(0).fields().get("chartKind"));
  }

  @Test
  void with_two_services_the_caption_is_printed_once_under_the_last_funnel() {
    List<Map<String, Object>> funnel = new ArrayList<>(FUNNEL);
    Map<String, Object> sel107 = new HashMap<>(FUNNEL.get(1));
    sel107.put("service", "SEL107");
    funnel.add(sel107);

    List<FigurePanel> panels = FunnelFigure.panels(funnel, BENCHMARK, HORSENS);

    assertEquals(
        List.of("Tragtplot: §85 (timer pr. måned)", "Tragtplot: §107 (dagspris)"),
        panels.stream().map(FigurePanel::panelTitle).toList());
    assertNull(panels.get(0).note());
    assertEquals(FunnelFigure.CAPTION, panels.get(1).note());
  }

  private static Map<String, Object> benchmark(
      String code, String service, Double ratio, Double precision) {
    Map<String, Object> row = new HashMap<>();
    row.put("municipality_code", code);
    row.put("service", service);
    row.put("ratio", ratio);
    row.put("precision", precision);
    return row;
  }

  private static Map<String, Object> funnel(
      int point, double precision, double low95, double high95, double low998, double high998) {
    Map<String, Object> row = new HashMap<>();
    row.put("municipality_code", "all");
    row.put("service", "SEL85");
    row.put("point", point);
    row.put("precision", precision);
    row.put("limit_95_low", low95);
    row.put("limit_95_high", high95);
    row.put("limit_998_low", low998);
    row.put("limit_998_high", high998);
    return row;
  }
}
