package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What each municipality delivered: cases, registrations and the period they span. Registrations
 * are counted with a key of their own ({@link Registrations}), so that they are perturbed when
 * published like every count the stages of figure 2.1 add up to.
 */
final class MunicipalityOverview implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.MUNICIPALITY_OVERVIEW);
  }

  /**
   * Each person's registrations in a municipality (and under {@code all}) first, where the
   * registrations already lie (spread by person: {@link AnalysisInputs}), then the persons: the
   * cases are the persons with a first registration, keyed by their record keys, and the
   * registrations' count and key are sums of the persons' (whole numbers, exact in any order). A
   * distinct count of persons beside the registrations' count shuffled every person's row again
   * (docs/benchmarks.md 1.65).
   */
  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> perPerson =
        MunicipalityTotals.withAll(Registrations.withKey(inputs.registrations()))
            .groupBy(col("municipality_code"), col(Persons.PERSON_ID), col(Persons.RECORD_KEY))
            .agg(
                max(when(col("registration_number").equalTo(1), lit(1))).as("has_first"),
                count(lit(1)).as("registrations"),
                sum(col(Registrations.KEY)).as("registration_keys"),
                min("registration_date").as("first_registration_date"),
                max("registration_date").as("last_registration_date"));
    // A row without a person is no person (as a distinct count ignores nulls).
    Column isCase = col("has_first").isNotNull().and(col(Persons.PERSON_ID).isNotNull());
    return perPerson
        .groupBy("municipality_code")
        .agg(
            count(when(isCase, lit(1))).as("cases"),
            Persons.keyOf(isCase).as(Persons.key("cases")),
            sum("registrations").as("registrations"),
            coalesce(CellKeys.cellKey(col("registration_keys")), lit(0L))
                .as(Persons.key("registrations")),
            min("first_registration_date").as("first_registration_date"),
            max("last_registration_date").as("last_registration_date"));
  }
}
