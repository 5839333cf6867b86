package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_LOW;
import static dk.socialbench.contract.ResultColumns.MEDIAN;

import dk.socialbench.contract.MunicipalRecoding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Means per municipality and, optionally, per {@code key} (VUM score, age group ...), one panel per
 * value of {@code panelBy} (the service), if given. The table has n, mean, median and the mean's
 * 95% interval; the chart compares the focus municipality with all municipalities per key, or,
 * without a key, every municipality.
 */
final class MeansFigure implements SectionFigure {
  private static final List<String> HEADERS =
      List.of("n", "Gennemsnit", "Median", "95 pct.-interval");

  private final String panelBy;
  private final String key;
  private final Function<Object, Measure> measureOfPanel;

  MeansFigure(String panelBy, String key, Function<Object, Measure> measureOfPanel) {
    this.panelBy = panelBy;
    this.key = key;
    this.measureOfPanel = measureOfPanel;
  }

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    List<Object> panelValues = panelBy == null ? List.of("") : context.data().values(panelBy);
    return panelValues.stream().map(v -> panel(context, v)).toList();
  }

  private FigurePanel panel(SectionContext context, Object panelValue) {
    DatasetView data = context.data();
    Measure measure = measureOfPanel.apply(panelValue);
    List<Object> allKeys = key == null ? List.of("") : data.values(key, panelBy, panelValue);
    List<Object> keys = context.shown(key, allKeys);
    Perspective perspective = context.perspective();
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    for (String municipality : perspective.order(keys.size())) {
      for (Object k : keys) {
        Map<String, Object> row = find(data, municipality, panelValue, k);
        if (row != null) {
          rows.add(
              new TableRow(
                  Perspective.name(municipality),
                  key == null ? null : SectionContext.label(key, k),
                  List.of(
                      cells.count(row, CASES),
                      cells.decimal(row, MEAN, measure.digits()),
                      cells.decimal(row, MEDIAN, measure.digits()),
                      cells.interval(row, MEAN_CI_LOW, MEAN_CI_HIGH, measure.digits())),
                  perspective.emphasis(municipality)));
        }
      }
    }
    ChartSpec chart =
        key == null
            ? comparison(context, panelValue, measure)
            : grouped(context, panelValue, keys, measure);
    return context
        .panel(guide(context))
        .panelTitle(panelBy == null ? null : SectionContext.label(panelBy, panelValue))
        .chart(chart)
        .table("Kommune", key == null ? null : context.title(key), HEADERS, context.withFocus(rows))
        .note(
            SectionContext.sentences(
                perspective.omissionNote(keys.size()),
                context.registrationsNote(key, allKeys.size(), keys.size())))
        .footnote(cells.footnote())
        .build();
  }

  private Map<String, Object> find(
      DatasetView data, String municipality, Object panelValue, Object k) {
    return data.rows(municipality).stream()
        .filter(r -> SectionContext.matches(r, panelBy, panelValue))
        .filter(r -> SectionContext.matches(r, key, k))
        .findFirst()
        .orElse(null);
  }

  private ChartSpec grouped(
      SectionContext context, Object panelValue, List<Object> keys, Measure measure) {
    List<ChartPoint> points = new ArrayList<>();
    Map<String, String> colours = new HashMap<>();
    // A dataset split in all only (the age groups) has no row of a municipality's by design: not 0.
    String missing = MunicipalRecoding.of(context.dataset().name()).isPresent() ? "–" : "0";
    // Keys outermost, so that the chart keeps their order when a municipality lacks one.
    for (Object k : keys) {
      List<Map<String, Object>> rows = new ArrayList<>();
      List<String> counts = new ArrayList<>();
      for (String municipality : context.perspective().compared()) {
        Map<String, Object> row = find(context.data(), municipality, panelValue, k);
        rows.add(row);
        counts.add(row == null ? missing : context.cells().count(row, CASES));
      }
      // Each group of bars says its n under its label: "n = 12 / 140" for focus / all.
      String category = SectionContext.label(key, k) + "\nn = " + String.join(" / ", counts);
      for (int i = 0; i < rows.size(); i++) {
        String municipality = context.perspective().compared().get(i);
        colours.put(Perspective.name(municipality), context.perspective().colour(municipality));
        // A missing or suppressed mean is an empty bar, so that every series keeps its place.
        points.add(
            ChartPoint.bar(
                Perspective.name(municipality),
                category,
                Cells.real(rows.get(i), MEAN),
                Cells.real(rows.get(i), MEAN_CI_LOW),
                Cells.real(rows.get(i), MEAN_CI_HIGH)));
      }
    }
    return ChartSpec.grouped(points, measure.format(), measure.axisLabel(), colours);
  }

  private ChartSpec comparison(SectionContext context, Object panelValue, Measure measure) {
    ComparisonChart chart = new ComparisonChart(context.perspective());
    Cells counts = context.cells();
    for (String municipality : context.perspective().order()) {
      Map<String, Object> row = find(context.data(), municipality, panelValue, "");
      if (row != null) {
        chart.add(
            municipality,
            counts.count(row, CASES),
            new ComparisonChart.Value(
                measure.axisLabel(),
                Cells.real(row, MEAN),
                Cells.real(row, MEAN_CI_LOW),
                Cells.real(row, MEAN_CI_HIGH)));
      }
    }
    return chart.spec(measure.format(), measure.axisLabel());
  }

  private String guide(SectionContext context) {
    if (key == null) {
      return "Hver vandret søjle er én kommune, sorteret efter gennemsnittet, og n er antallet af"
          + " sager. De sorte streger er 95 pct.-intervaller: overlapper to kommuners intervaller,"
          + " kan forskellen skyldes tilfældigheder.";
    }
    return "Søjlerne viser gennemsnittet for "
        + context.comparedInWords()
        + " side om side, og de sorte streger er 95 pct.-intervaller. Under hver søjlegruppe står"
        + " antallet af sager (n) i samme rækkefølge; tabellen viser også medianen.";
  }
}
