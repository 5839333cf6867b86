package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.CHANGE;
import static dk.socialbench.contract.ResultColumns.DIRECTION;
import static dk.socialbench.contract.ResultColumns.FROM_REGISTRATION;
import static dk.socialbench.contract.ResultColumns.FULFILMENT;
import static dk.socialbench.contract.ResultColumns.SHARE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A distribution of cases over the categories of {@code pivot}: one table column per category
 * ("share (count)"), rows per municipality and, optionally, per {@code key}; one panel per value of
 * {@code panelBy}, if given.
 *
 * <p>Without a key the chart puts the categories side by side for the focus municipality and all
 * municipalities; with one it stacks each key's cases to 100%, as the KL report's figures 3.4 and
 * 3.9 do.
 */
final class DistributionFigure implements SectionFigure {
  private final String panelBy;
  private final String key;
  private final String pivot;
  private final boolean countsOnly;

  private DistributionFigure(String panelBy, String key, String pivot, boolean countsOnly) {
    this.panelBy = panelBy;
    this.key = key;
    this.pivot = pivot;
    this.countsOnly = countsOnly;
  }

  /** Cells "share (count)" and a column with the line's total. */
  static DistributionFigure shares(String panelBy, String key, String pivot) {
    return new DistributionFigure(panelBy, key, pivot, false);
  }

  /**
   * Cells with counts only, for a stage such as "at least k registrations", whose first column is
   * the total.
   */
  static DistributionFigure counts(String pivot) {
    return new DistributionFigure(null, null, pivot, true);
  }

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    DatasetView data = context.data();
    List<FigurePanel> panels = new ArrayList<>();
    List<Object> panelValues = panelBy == null ? List.of("") : data.values(panelBy);
    if (context.perspective().hasFocus() && FROM_REGISTRATION.equals(panelBy)) {
      // A benchmark shows the KL report's k = 1 and 2; later registrations are in the spreadsheet.
      panelValues = panelValues.stream().filter(v -> ((Number) v).intValue() <= 2).toList();
    }
    for (Object panelValue : panelValues) {
      panels.add(panel(context, panelValue));
    }
    return panels;
  }

  private FigurePanel panel(SectionContext context, Object panelValue) {
    DatasetView data = context.data();
    List<Object> categories = data.values(pivot, panelBy, panelValue);
    // Room for the line total; extra categories stay in the spreadsheet.
    int room = countsOnly ? TableRow.MAX_CELLS : TableRow.MAX_CELLS - 1;
    categories = categories.subList(0, Math.min(categories.size(), room));
    List<Object> allKeys = key == null ? List.of("") : data.values(key, panelBy, panelValue);
    List<Object> keys = context.shown(key, allKeys);
    Cells cells = context.cells();
    List<String> headers = new ArrayList<>(countsOnly ? List.of() : List.of("I alt (n)"));
    categories.forEach(c -> headers.add(SectionContext.label(pivot, c)));
    List<TableRow> rows = new ArrayList<>();
    Perspective perspective = context.perspective();
    for (String municipality : perspective.order(keys.size())) {
      for (Object k : keys) {
        List<Map<String, Object>> line = line(data, municipality, panelValue, k);
        if (!line.isEmpty()) {
          rows.add(row(cells, perspective, municipality, k, line, categories));
        }
      }
    }
    ChartSpec chart =
        key == null
            ? grouped(context, panelValue, categories)
            : stacked(context, panelValue, keys, categories);
    return context
        .panel(guide(context))
        .panelTitle(panelBy == null ? null : SectionContext.label(panelBy, panelValue))
        .chart(chart)
        .table("Kommune", key == null ? null : context.title(key), headers, context.withFocus(rows))
        .note(
            SectionContext.sentences(
                perspective.omissionNote(keys.size()),
                context.registrationsNote(key, allKeys.size(), keys.size())))
        .footnote(cells.footnote())
        .build();
  }

  private List<Map<String, Object>> line(
      DatasetView data, String municipality, Object panelValue, Object k) {
    return data.rows(
        municipality,
        r -> SectionContext.matches(r, panelBy, panelValue) && SectionContext.matches(r, key, k));
  }

  private TableRow row(
      Cells cells,
      Perspective perspective,
      String municipality,
      Object k,
      List<Map<String, Object>> line,
      List<Object> categories) {
    List<String> values = new ArrayList<>();
    if (!countsOnly) {
      values.add(cells.count(line.get(0), TOTAL));
    }
    for (Object category : categories) {
      Map<String, Object> cell = find(line, category);
      if (cell == null) {
        // The jobs may leave out a category no case fell in: none of the line's cases.
        values.add(countsOnly ? "0" : DanishFormat.share(0.0) + " (0)");
      } else {
        values.add(countsOnly ? cells.count(cell, CASES) : cells.shareAndCount(cell, SHARE, CASES));
      }
    }
    String keyLabel = key == null ? null : SectionContext.label(key, k);
    return new TableRow(
        Perspective.name(municipality), keyLabel, values, perspective.emphasis(municipality));
  }

  private Map<String, Object> find(List<Map<String, Object>> line, Object category) {
    return line.stream().filter(r -> category.equals(r.get(pivot))).findFirst().orElse(null);
  }

  /** Categories along the axis, a bar per municipality compared, 95% whiskers. */
  private ChartSpec grouped(SectionContext context, Object panelValue, List<Object> categories) {
    Map<String, String> series = new LinkedHashMap<>();
    Map<String, String> colours = new HashMap<>();
    for (String municipality : context.perspective().compared()) {
      String name = withCount(context, line(context.data(), municipality, panelValue, ""));
      series.put(municipality, Perspective.name(municipality) + name);
      colours.put(series.get(municipality), context.perspective().colour(municipality));
    }
    List<ChartPoint> points = new ArrayList<>();
    // Categories outermost, so that the chart keeps their order when a municipality lacks one.
    for (Object category : categories) {
      for (String municipality : context.perspective().compared()) {
        Map<String, Object> cell =
            find(line(context.data(), municipality, panelValue, ""), category);
        // A missing or suppressed share is an empty bar, so that every series keeps its place.
        points.add(
            ChartPoint.bar(
                series.get(municipality),
                SectionContext.label(pivot, category),
                Cells.real(cell, SHARE),
                Cells.real(cell, SHARE_CI_LOW),
                Cells.real(cell, SHARE_CI_HIGH)));
      }
    }
    return ChartSpec.grouped(points, ChartSpec.ValueFormat.PERCENT, "Andel af sagerne", colours);
  }

  /** " (n=49)": the cases of a line, for a chart's labels; "–" if too few to publish. */
  private static String withCount(SectionContext context, List<Map<String, Object>> line) {
    if (line.isEmpty()) {
      return " (n=0)";
    }
    Map<String, Object> first = line.get(0);
    boolean suppressed = context.data().isSuppressed(first, TOTAL);
    return " (n="
        + (suppressed ? DanishFormat.SUPPRESSED : DanishFormat.count(Cells.number(first, TOTAL)))
        + ")";
  }

  /** A bar per key and municipality compared, split into the categories' shares. */
  private ChartSpec stacked(
      SectionContext context, Object panelValue, List<Object> keys, List<Object> categories) {
    List<ChartPoint> points = new ArrayList<>();
    for (Object k : keys) {
      for (String municipality : context.perspective().compared()) {
        List<Map<String, Object>> line = line(context.data(), municipality, panelValue, k);
        String bar =
            SectionContext.label(key, k)
                + " · "
                + Perspective.name(municipality)
                + withCount(context, line);
        for (Object category : categories) {
          Map<String, Object> cell = find(line, category);
          points.add(
              ChartPoint.bar(
                  SectionContext.label(pivot, category), bar, Cells.real(cell, SHARE), null, null));
        }
      }
    }
    List<String> names = categories.stream().map(c -> SectionContext.label(pivot, c)).toList();
    return ChartSpec.stacked(
        points,
        ChartSpec.palette(
            names, ordered() ? ChartSpec.DEVELOPMENT_COLOURS : ChartSpec.CATEGORY_COLOURS));
  }

  /** Whether the categories run from better to worse, so that green, grey and red fit them. */
  private boolean ordered() {
    return List.of(DIRECTION, FULFILMENT, CHANGE).contains(pivot);
  }

  private String guide(SectionContext context) {
    String who = context.comparedInWords();
    if (countsOnly) {
      return "Søjlerne viser andelen af sagerne for "
          + who
          + " side om side, og de sorte streger er 95 pct.-intervaller. Tabellen viser antallet"
          + " af sager.";
    }
    if (key == null) {
      return "Søjlerne viser "
          + who
          + " side om side, og de sorte streger er 95 pct.-intervaller. Tabellen viser for hver"
          + " kommune andelen og i parentes antallet af sager; n er antallet af sager i alt.";
    }
    return "Hver vandret søjle er alle sager i én gruppe (100 pct.) for "
        + who
        + ", delt op efter "
        + context.title(pivot).toLowerCase(DanishFormat.DANISH)
        + ". Tabellen viser for hver kommune andelen og i parentes antallet af sager.";
  }
}
