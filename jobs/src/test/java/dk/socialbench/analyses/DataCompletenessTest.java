package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.PARTIALLY;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;
import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.CuratedColumn;
import org.junit.Test;

public class DataCompletenessTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void a_column_counts_only_on_the_registrations_where_it_applies() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10)
                        .set(CuratedColumn.HOURS_GROUP, 2.0)
                        // A daily price on a §85 registration: not where it applies, not counted.
                        .set(CuratedColumn.DAILY_PRICE, 99.0)
                        .set(CuratedColumn.PROVIDER_TYPE, "own_municipality")
                        .goal(IMPROVEMENT)
                        .vumTarget(1)
                        .fundingBasis("disability_pension"),
                    sel107(1500).judged(PARTIALLY).initiator("authority")),
            Case.in(FREDERIKSBERG, "b")
                .closed("2016-01-31")
                .registrations(sel107(1200).fundingBasis("flex_job").followsUpEarlier(7.0)));

    // Three registrations: a §85 one with goals, a §107 follow-up, a §107 first one of a closed
    // case that follows up an earlier visitation. Mandatory and conditional columns are always
    // filled where they apply.
    assertRows(
        expected(
            new DataCompleteness(),
            row(FREDERIKSBERG, "municipality_code", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "case_id", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "target_group", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "case_closed", false, 3L, 1L, 0.333),
            row(FREDERIKSBERG, "closed_date", true, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "closing_reason", false, 3L, 0L, 0.0),
            row(FREDERIKSBERG, "registration_date", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "registration_kind", true, 3L, 3L, 1.0),
            // Only b's first registration follows up an earlier one; a's second has its months
            // from the dates, not from the delivery.
            row(FREDERIKSBERG, "months_since_previous", false, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "initiator", false, 3L, 1L, 0.333),
            row(FREDERIKSBERG, "service", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "provider_name", false, 3L, 0L, 0.0),
            row(FREDERIKSBERG, "provider_type", false, 3L, 1L, 0.333),
            row(FREDERIKSBERG, "daily_price", true, 2L, 2L, 1.0),
            row(FREDERIKSBERG, "hours_individual", true, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "hours_group", false, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "vum_score", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "goals_set", true, 3L, 3L, 1.0),
            row(FREDERIKSBERG, "goal_type", true, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "vum_target", false, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "expected_goal_date", false, 1L, 0L, 0.0),
            row(FREDERIKSBERG, "previous_goal_fulfilled", true, 1L, 1L, 1.0),
            row(FREDERIKSBERG, "concurrent_service", false, 3L, 0L, 0.0),
            row(FREDERIKSBERG, "concurrent_daily_price", false, 3L, 0L, 0.0),
            row(FREDERIKSBERG, "funding_basis", false, 3L, 2L, 0.667),
            row(FREDERIKSBERG, "employment_measure", false, 3L, 0L, 0.0)),
        computed(new DataCompleteness(), cases.inputs(spark()))
            .filter(col("municipality_code").equalTo(FREDERIKSBERG)),
        TOLERANCE);
  }

  @Test
  public void a_column_that_applies_nowhere_in_a_municipality_has_no_share_and_all_adds_up() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel107(1500), sel107(1500)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10)),
            Case.in(BALLERUP, "c")
                .registrations(sel85(10).set(CuratedColumn.HOURS_GROUP, 3.0), sel85(12)));

    assertRows(
        expected(
            new DataCompleteness(),
            row(FREDERIKSBERG, "daily_price", true, 2L, 2L, 1.0),
            row(FREDERIKSBERG, "hours_group", false, 1L, 0L, 0.0),
            row(BALLERUP, "daily_price", true, 0L, 0L, null),
            row(BALLERUP, "hours_group", false, 2L, 1L, 0.5),
            row(ALL, "daily_price", true, 2L, 2L, 1.0),
            row(ALL, "hours_group", false, 3L, 1L, 0.333)),
        computed(new DataCompleteness(), cases.inputs(spark()))
            .filter(col("column").isin("daily_price", "hours_group")),
        TOLERANCE);
  }
}
