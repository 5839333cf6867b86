package dk.socialbench.server.comparison;

import static dk.socialbench.contract.ResultColumns.ACTUAL_MEAN;
import static dk.socialbench.contract.ResultColumns.EXPECTED_MEAN;
import static dk.socialbench.contract.ResultColumns.TOTAL;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary of a benchmark: for each {@link KeyFigure}, the municipality against its comparison
 * group and the country. Everything comes from the run's published rows; a group figure is pooled
 * from its members' published figures and so says nothing the published rows do not.
 *
 * <p>Example: {@code MunicipalitySummary.of(run, ComparisonGroup.standard(run, "615"))} gives the
 * twelve positions the PDF's summary page and the web page show.
 *
 * <p>A member withheld for its size is left out of the group's figure; a member whose share is
 * withheld for a small count in it makes the group's share withheld (leaving it out would bias the
 * group's share), as in the reports' group rows.
 */
public final class MunicipalitySummary {
  private final RunRows rows;

  private MunicipalitySummary(RunRows rows) {
    this.rows = rows;
  }

  /** The datasets the summary reads. */
  public static List<String> datasets() {
    return KeyFigure.ALL.stream().map(KeyFigure::dataset).distinct().toList();
  }

  /** Every key figure's position for {@code group}'s focus municipality. */
  public static List<Position> of(PublishedRun run, ComparisonGroup group) {
    return of(new RunRows(run), group);
  }

  /** The same from a run whose rows are indexed already. */
  public static List<Position> of(RunRows rows, ComparisonGroup group) {
    MunicipalitySummary summary = new MunicipalitySummary(rows);
    List<Position> positions = new ArrayList<>();
    for (KeyFigure figure : KeyFigure.ALL) {
      positions.add(summary.position(figure, group));
    }
    return positions;
  }

  /** One key figure's position; the summary of a run that lacks its dataset fails. */
  static Position position(PublishedRun run, KeyFigure figure, ComparisonGroup group) {
    return new MunicipalitySummary(new RunRows(run)).position(figure, group);
  }

  private Position position(KeyFigure figure, ComparisonGroup group) {
    PublishedRows rows = this.rows.get(figure.dataset());
    Estimate focus = estimate(rows, figure, group.focus());
    Estimate country = estimate(rows, figure, Municipalities.ALL);
    Members members = new Members();
    for (String member : group.members()) {
      members.add(rows, figure, member);
    }
    Estimate pooled =
        group.isEmpty() ? Estimate.none() : members.pool(figure, this.rows.run().minCell());
    return new Position(
        figure,
        focus,
        pooled,
        members.used,
        country,
        Difference.between(focus, pooled),
        // The country's case-mix ratio is 1 by construction: the reference is "as expected".
        figure.isRatio() ? Difference.against(focus, 1.0) : Difference.between(focus, country));
  }

  /** Each of {@code municipalities}' published figure (a code or {@code all}), in that order. */
  public static List<Estimate> published(
      RunRows run, KeyFigure figure, List<String> municipalities) {
    PublishedRows rows = run.get(figure.dataset());
    return municipalities.stream().map(m -> estimate(rows, figure, m)).toList();
  }

  /** A municipality's (or the country's) published figure. */
  static Estimate estimate(PublishedRows rows, KeyFigure figure, String municipality) {
    Map<String, Object> row = rows.row(municipality, figure.column(), figure.code());
    if (row == null) {
      return absent(rows, figure, municipality);
    }
    if (rows.isSuppressed(row, figure.value()) || rows.isSuppressed(row, figure.n())) {
      return Estimate.withheld();
    }
    return new Estimate(
        real(row, figure.value()),
        figure.low() == null ? null : real(row, figure.low()),
        figure.high() == null ? null : real(row, figure.high()),
        count(row, figure.n()),
        false);
  }

  /**
   * No row: a share of a line where no case fell in the category is 0 of the line's total (the jobs
   * leave such rows out); anything else means the municipality has no cases for it.
   */
  private static Estimate absent(PublishedRows rows, KeyFigure figure, String municipality) {
    if (figure.kind() != KeyFigure.Kind.SHARE || !figure.n().equals(TOTAL)) {
      return Estimate.none();
    }
    List<Map<String, Object>> line = rows.rows(municipality);
    if (line.isEmpty()) {
      return Estimate.none();
    }
    if (rows.isSuppressed(line.get(0), TOTAL)) {
      return Estimate.withheld();
    }
    return Pooling.share(0, count(line.get(0), TOTAL), 1);
  }

  /** The members' published figures, collected for pooling. */
  private static final class Members {
    private int used;
    private boolean withheld;
    private long x;
    private long n;
    private final List<Pooling.Mean> means = new ArrayList<>();
    private final List<Pooling.Ratio> ratios = new ArrayList<>();

    void add(PublishedRows rows, KeyFigure figure, String member) {
      Map<String, Object> row = rows.row(member, figure.column(), figure.code());
      if (row == null) {
        Estimate absent = absent(rows, figure, member);
        if (absent.suppressed()) {
          return;
        }
        n += absent.n();
        used++;
        return;
      }
      boolean suppressed =
          rows.isSuppressed(row, figure.n())
              || rows.isSuppressed(row, figure.value())
              || (figure.numerator() != null && rows.isSuppressed(row, figure.numerator()));
      if (suppressed) {
        // A share withheld for a small count in it would bias the group's share if left out; a
        // mean or count withheld for its small n biases nothing by being left out.
        boolean tooSmall = figure.n().equals(TOTAL) && row.get(TOTAL) == null;
        withheld |= figure.kind() == KeyFigure.Kind.SHARE && !tooSmall;
        return;
      }
      used++;
      switch (figure.kind()) {
        case COUNT -> n += count(row, figure.n());
        case SHARE -> {
          x += count(row, figure.numerator());
          n += count(row, figure.n());
        }
        case MEAN ->
            means.add(
                new Pooling.Mean(
                    count(row, figure.n()),
                    real(row, figure.value()),
                    real(row, figure.low()),
                    real(row, figure.high())));
        case RATIO ->
            ratios.add(
                new Pooling.Ratio(
                    count(row, figure.n()),
                    real(row, ACTUAL_MEAN),
                    real(row, EXPECTED_MEAN),
                    real(row, figure.low()),
                    real(row, figure.high())));
      }
    }

    Estimate pool(KeyFigure figure, int minCell) {
      if (withheld) {
        return Estimate.withheld();
      }
      return switch (figure.kind()) {
        case COUNT -> new Estimate((double) n, null, null, n, false);
        case SHARE -> Pooling.share(x, n, minCell);
        case MEAN -> Pooling.mean(means, minCell);
        case RATIO -> Pooling.ratio(ratios, minCell);
      };
    }
  }

  private static Double real(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? null : ((Number) v).doubleValue();
  }

  private static long count(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? 0 : ((Number) v).longValue();
  }
}
