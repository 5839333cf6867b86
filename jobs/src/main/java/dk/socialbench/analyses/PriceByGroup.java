package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.MunicipalRecoding;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figures 3.13–3.16: mean §107 daily price and mean §85 hours per month (individual and group) at
 * the first registration, by service and one more grouping (VUM score, age group, target group, or
 * none); for §85 the mean individual hours beside, the part the report's template asks first. One
 * class for the four figures because they differ only in that grouping. A grouping the contract
 * recodes at municipal level ({@link MunicipalRecoding}: the age groups) is split in the {@code
 * all} rows only; each municipality has one row per service with the recoded value, and so has
 * {@code all} beside its split (the national bar the municipality's is compared with).
 */
final class PriceByGroup implements Analysis {
  private final String dataset;
  private final Column group;

  private PriceByGroup(String dataset, Column group) {
    this.dataset = dataset;
    this.group = group;
  }

  /** Figure 3.13. */
  static PriceByGroup byVum() {
    return new PriceByGroup("price_by_vum", col("vum_score"));
  }

  /**
   * Figure 3.14: under 40 against 40 and over, the report's split, for {@code all}; every service
   * line, {@code all}'s too, as one row of all ages.
   */
  static PriceByGroup byAge() {
    return new PriceByGroup("price_by_age", ageGroup());
  }

  /** Figure 3.15. */
  static PriceByGroup byTargetGroup() {
    return new PriceByGroup("price_by_target_group", col("target_group"));
  }

  /** Figure 3.16: by municipality only. */
  static PriceByGroup byMunicipality() {
    return new PriceByGroup("price_by_municipality", null);
  }

  static Column ageGroup() {
    return when(col("age_at_registration").lt(40), ResultCodes.UNDER_40)
        .otherwise(ResultCodes.FORTY_AND_OVER)
        .as("age_group");
  }

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(dataset);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    MunicipalRecoding recoding = MunicipalRecoding.of(dataset).orElse(null);
    if (recoding == null) {
      // Averaged with the other analyses of the first registrations (FirstRegistrationCells).
      List<String> groups = new ArrayList<>(List.of("municipality_code", "service"));
      if (group != null) {
        groups.add(dataset().dimensions().get(2).name());
      }
      return Means.fromCells(
          FirstRegistrationCells.means(inputs.firstRegistrationMeans(), dataset),
          Rounding.PRICE,
          List.of("hours_individual"),
          groups);
    }
    // Every line of all ages is the same cell as its price_by_municipality row (same persons, key,
    // n, mean, median and SD), and the national split has cells of its own: both are read from the
    // shared cells (docs/benchmarks.md 1.54, 1.74: the split was an aggregation of its own, each
    // unit once under all).
    String dimension = dataset().dimensions().get(2).name();
    Dataset<Row> allAges =
        FirstRegistrationCells.means(
                inputs.firstRegistrationMeans(), DatasetNames.PRICE_BY_MUNICIPALITY)
            .withColumn(recoding.dimension(), lit(recoding.value()));
    List<String> groups = List.of("municipality_code", "service", dimension);
    Dataset<Row> national = FirstRegistrationCells.means(inputs.firstRegistrationMeans(), dataset);
    return Means.fromCells(allAges, Rounding.PRICE, List.of("hours_individual"), groups)
        .unionByName(
            Means.fromCells(national, Rounding.PRICE, List.of("hours_individual"), groups));
  }
}
