package dk.socialbench.audit;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultColumns;
import java.util.List;
import java.util.Set;

/**
 * A published mean the mean attack reads ({@link MeanAttack}): the datasets whose cells of {@code
 * count} publish, in {@code column}, the mean of the same measure over the same persons, so that
 * wherever the counts add up (a line, the municipalities to {@code all}, a relation of {@code
 * LinkedTables}) the sums mean × n add up too. What an attacker knows of it from the documentation
 * (docs/analyses.md): the measure's range and the precision it is rounded to. The range is the
 * domain the delivery rules leave (docs/delivery-format.md: {@code negative_number} quarantines a
 * negative price, hours or months; {@code invalid_vum_score} a VUM score outside 0–4), so every
 * mean, a hidden one too, lies within 0..{@link #max}.
 *
 * <p>Example: the §107 price is a mean in whole kroner, at least 0, in every price figure.
 */
record MeanMeasure(
    String name, Set<String> datasets, String count, String column, double max, boolean hours) {

  /** The price figures: one price per case at the first registration, in every one of them. */
  private static final Set<String> PRICE_FIGURES =
      Set.of(
          DatasetNames.PRICE_BY_MUNICIPALITY,
          DatasetNames.PRICE_BY_VUM,
          DatasetNames.PRICE_BY_AGE,
          DatasetNames.PRICE_BY_TARGET_GROUP);

  /**
   * Every mean attacked. A dataset whose mean is of another measure or of other units than a
   * related dataset's is a measure of its own: only its own lines and municipalities are used.
   */
  static final List<MeanMeasure> ALL =
      List.of(
          new MeanMeasure(
              "price", PRICE_FIGURES, ResultColumns.CASES, ResultColumns.MEAN, inf(), false),
          new MeanMeasure(
              "§85 individual hours",
              PRICE_FIGURES,
              ResultColumns.CASES,
              ResultColumns.MEAN_HOURS_INDIVIDUAL,
              inf(),
              true),
          new MeanMeasure(
              "price of progression",
              Set.of(DatasetNames.PROGRESSION_BY_PRICE),
              ResultColumns.CASES,
              ResultColumns.MEAN_PRICE,
              inf(),
              false),
          new MeanMeasure(
              "VUM score by funding basis",
              Set.of(DatasetNames.VUM_BY_FUNDING_BASIS),
              ResultColumns.CASES,
              ResultColumns.MEAN,
              4.0,
              false),
          new MeanMeasure(
              "VUM score",
              Set.of(DatasetNames.VUM_AND_TARGET),
              ResultColumns.CASES,
              ResultColumns.MEAN_VUM,
              4.0,
              false),
          new MeanMeasure(
              "months between registrations",
              Set.of(DatasetNames.FOLLOW_UP_INTERVAL),
              ResultColumns.CASES,
              ResultColumns.MEAN,
              inf(),
              false));

  private static double inf() {
    return Double.POSITIVE_INFINITY;
  }

  /** Whether the count's cell has this mean: §85 individual hours are published for §85 only. */
  boolean covers(Cell countCell) {
    return datasets.contains(countCell.dataset().name())
        && count.equals(countCell.column())
        && (!hours || dk.socialbench.contract.ResultCodes.SEL85.equals(serviceOf(countCell)));
  }

  /**
   * Half the unit the mean is rounded to (docs/analyses.md, "Rounding"): the true mean lies within
   * it of the published one. VUM scores to 0.01, months to 0.1; a price by service: §107 in whole
   * kroner, §85 hours to 0.1.
   */
  double halfUnit(Cell countCell) {
    if (max == 4.0) {
      return 0.005;
    }
    if (datasets.contains(DatasetNames.FOLLOW_UP_INTERVAL) || hours) {
      return 0.05;
    }
    Object service = serviceOf(countCell);
    return dk.socialbench.contract.ResultCodes.SEL85.equals(service) ? 0.05 : 0.5;
  }

  private static Object serviceOf(Cell cell) {
    List<dk.socialbench.contract.Column> dims = cell.dataset().dimensions();
    for (int i = 0; i < dims.size() && i < cell.key().size(); i++) {
      if (dims.get(i).name().equals(ResultColumns.SERVICE)) {
        return cell.key().get(i);
      }
    }
    return null;
  }
}
