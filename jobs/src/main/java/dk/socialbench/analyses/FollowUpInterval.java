package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figure 3.8: months from registration k-1 to k, by registration number k, and pooled over every k
 * ({@code registration_number = 0}). For k ≥ 2 the months come from the dates; for k = 1 they are
 * the months a municipality delivered for a first registration that follows up an earlier one (the
 * template's "Antal måneder siden seneste registrering"). The pooled row counts intervals, not
 * persons: a case with three intervals adds three.
 */
final class FollowUpInterval implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.FOLLOW_UP_INTERVAL);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> byK =
        inputs
            .registrations()
            .filter(col("months_since_previous").isNotNull())
            .select(
                "municipality_code",
                "person_key",
                Persons.PERSON_ID,
                Persons.RECORD_KEY,
                "registration_number",
                "months_since_previous");
    return Means.ofUnits(
        PooledStages.withAll(byK, "registration_number"),
        "months_since_previous",
        Rounding.MONTHS,
        "registration_number");
  }
}
