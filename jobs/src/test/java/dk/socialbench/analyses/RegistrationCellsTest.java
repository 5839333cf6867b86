package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

/**
 * The shared cells of the distributions over the registrations ({@link RegistrationCells}), written
 * out by hand for one person with three cases: every dataset's cells in one table, each person
 * counted once per cell (under "all" too, across municipalities) and each unit once per stage.
 */
public class RegistrationCellsTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final String CBR = "cases_by_registrations";
  private static final String VUM = "vum_development";
  private static final String GOALS = "goal_fulfilment";
  private static final String IMPROVEMENT_GOALS = "improvement_goal_fulfilment";
  private static final String INITIATOR = "follow_up_initiator";
  private static final String BY_FULFILMENT = "price_change_by_fulfilment";
  private static final String BY_SERVICE = "price_change_by_service";

  private static final StructType CELLS =
      new StructType()
          .add("cells", "string")
          .add("municipality_code", "string")
          .add("stage", "int")
          .add("score", "double")
          .add("group", "string")
          .add("subgroup", "string")
          .add("category", "string")
          .add("cases", "long")
          .add("units", "long");

  /** One person with three cases, two in Frederiksberg and one in Ballerup. */
  private static Cases onePersonWithThreeCases() {
    String person = "person-p";
    return Cases.of(
        // a: an improvement goal at 1, fully met at 2, where the hours fell from 10 to 8.
        Case.in(FREDERIKSBERG, "a")
            .person(person)
            .registrations(sel85(10).vum(3).goal(IMPROVEMENT), sel85(8).vum(2).judged(FULLY)),
        Case.in(FREDERIKSBERG, "c").person(person).registrations(sel85(12)),
        Case.in(BALLERUP, "b").person(person).registrations(sel107(1500)));
  }

  @Test
  public void every_dataset_counts_its_persons_and_units_per_cell_in_one_table() {
    Cases cases = onePersonWithThreeCases();

    Dataset<Row> expected =
        table(
            CELLS,
            // At least 1 registration: three cases of one person, two in Frederiksberg.
            row(CBR, FREDERIKSBERG, 1, null, null, null, null, 1L, 2L),
            row(CBR, FREDERIKSBERG, 2, null, null, null, null, 1L, 1L),
            row(CBR, BALLERUP, 1, null, null, null, null, 1L, 1L),
            row(CBR, ALL, 1, null, null, null, null, 1L, 3L),
            row(CBR, ALL, 2, null, null, null, null, 1L, 1L),
            // Every registration k by its score: a went 3 -> 2; a's 2nd, b and c have no next.
            row(VUM, FREDERIKSBERG, 1, 3.0, null, null, "improved", 1L, 1L),
            row(VUM, FREDERIKSBERG, 1, 2.0, null, null, "no_next_registration", 1L, 1L),
            row(VUM, FREDERIKSBERG, 2, 2.0, null, null, "no_next_registration", 1L, 1L),
            row(VUM, BALLERUP, 1, 2.0, null, null, "no_next_registration", 1L, 1L),
            row(VUM, ALL, 1, 3.0, null, null, "improved", 1L, 1L),
            row(VUM, ALL, 1, 2.0, null, null, "no_next_registration", 1L, 2L),
            row(VUM, ALL, 2, 2.0, null, null, "no_next_registration", 1L, 1L),
            // a's goal at 1 judged at 2, at k = 1 and pooled (0).
            row(GOALS, FREDERIKSBERG, 1, null, IMPROVEMENT, null, FULLY, 1L, 1L),
            row(GOALS, FREDERIKSBERG, 0, null, IMPROVEMENT, null, FULLY, 1L, 1L),
            row(GOALS, ALL, 1, null, IMPROVEMENT, null, FULLY, 1L, 1L),
            row(GOALS, ALL, 0, null, IMPROVEMENT, null, FULLY, 1L, 1L),
            row(IMPROVEMENT_GOALS, FREDERIKSBERG, null, null, null, null, "yes", 1L, 1L),
            row(IMPROVEMENT_GOALS, ALL, null, null, null, null, "yes", 1L, 1L),
            // The one follow-up, a's 2nd, without an initiator.
            row(INITIATOR, FREDERIKSBERG, 2, null, null, null, "not_reported", 1L, 1L),
            row(INITIATOR, FREDERIKSBERG, 0, null, null, null, "not_reported", 1L, 1L),
            row(INITIATOR, ALL, 2, null, null, null, "not_reported", 1L, 1L),
            row(INITIATOR, ALL, 0, null, null, null, "not_reported", 1L, 1L),
            row(BY_FULFILMENT, FREDERIKSBERG, null, null, "fulfilled", null, "lower", 1L, 1L),
            row(BY_FULFILMENT, ALL, null, null, "fulfilled", null, "lower", 1L, 1L),
            row(BY_SERVICE, FREDERIKSBERG, null, null, "SEL85", "fulfilled", "lower", 1L, 1L),
            row(BY_SERVICE, ALL, null, null, "SEL85", "fulfilled", "lower", 1L, 1L));

    // The same cells from one aggregation and from one per dataset.
    for (boolean apart : new boolean[] {false, true}) {
      Dataset<Row> cells = RegistrationCells.of(cases.inputs(spark()).transitions(), apart);
      assertRows(
          expected,
          cells.select(
              col("cells"),
              col("municipality_code"),
              col("stage"),
              col("score"),
              col("group"),
              col("subgroup"),
              col("category"),
              col("cases"),
              col("units")));
    }
  }

  @Test
  public void countsApartOnlyAboveTheRegistrationsPerTaskTogether() {
    long most = RegistrationCells.MAX_REGISTRATIONS_PER_TASK_TOGETHER;
    assertFalse(RegistrationCells.countedApart(most * 8, 8));
    assertTrue(RegistrationCells.countedApart(most * 8 + 1, 8));
    assertFalse(RegistrationCells.countedApart(most, 0));
  }

  /**
   * Each cell carries its line's total and shares of what its dataset counts: two persons'
   * improvement goals in Frederiksberg, one fully met and one not, are a line of two at k = 1 and
   * pooled (goals, counted as units) and one of two persons (the judged improvement goals). The
   * Wilson bounds of 1 of 2 are python3's (scipy's z): 0.09453 and 0.90547, rounded to 3 places.
   */
  @Test
  public void each_cell_carries_its_line_total_and_shares_of_what_its_dataset_counts() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .person("person-p")
                .registrations(sel85(10).vum(3).goal(IMPROVEMENT), sel85(8).vum(2).judged(FULLY)),
            Case.in(FREDERIKSBERG, "b")
                .person("person-q")
                .registrations(sel85(10).vum(3).goal(IMPROVEMENT), sel85(10).vum(3).judged(NOT)));
    StructType lines =
        new StructType()
            .add("cells", "string")
            .add("municipality_code", "string")
            .add("stage", "int")
            .add("group", "string")
            .add("category", "string")
            .add("counted", "long")
            .add("total", "long")
            .add("share", "double")
            .add("share_ci_low", "double")
            .add("share_ci_high", "double");
    Dataset<Row> expected =
        table(
            lines,
            row(IMPROVEMENT_GOALS, FREDERIKSBERG, null, null, "yes", 1L, 2L, 0.5, 0.095, 0.905),
            row(IMPROVEMENT_GOALS, FREDERIKSBERG, null, null, "no", 1L, 2L, 0.5, 0.095, 0.905),
            row(IMPROVEMENT_GOALS, ALL, null, null, "yes", 1L, 2L, 0.5, 0.095, 0.905),
            row(IMPROVEMENT_GOALS, ALL, null, null, "no", 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, FREDERIKSBERG, 1, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, FREDERIKSBERG, 1, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, FREDERIKSBERG, 0, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, FREDERIKSBERG, 0, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, ALL, 1, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, ALL, 1, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, ALL, 0, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.095, 0.905),
            row(GOALS, ALL, 0, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.095, 0.905));

    // The same lines from one aggregation and from one per dataset.
    for (boolean apart : new boolean[] {false, true}) {
      Dataset<Row> cells = RegistrationCells.of(cases.inputs(spark()).transitions(), apart);
      assertRows(
          expected,
          cells
              .filter(col("cells").isin(IMPROVEMENT_GOALS, GOALS))
              .select(
                  col("cells"),
                  col("municipality_code"),
                  col("stage"),
                  col("group"),
                  col("category"),
                  col("counted"),
                  col("total"),
                  col("share"),
                  col("share_ci_low"),
                  col("share_ci_high")));
    }
  }

  /**
   * The analyses read the cells one row per dataset and municipality (a few hundred rows at any
   * input, so each reader is a small query): the cells of the first test, counted by hand.
   */
  @Test
  public void the_cells_are_read_one_row_per_dataset_and_municipality() {
    Cases cases = onePersonWithThreeCases();
    StructType perMunicipality =
        new StructType()
            .add("cells", "string")
            .add("municipality_code", "string")
            .add("cells_in_it", "int");
    Dataset<Row> expected =
        table(
            perMunicipality,
            row(CBR, FREDERIKSBERG, 2),
            row(CBR, BALLERUP, 1),
            row(CBR, ALL, 2),
            row(VUM, FREDERIKSBERG, 3),
            row(VUM, BALLERUP, 1),
            row(VUM, ALL, 3),
            row(GOALS, FREDERIKSBERG, 2),
            row(GOALS, ALL, 2),
            row(IMPROVEMENT_GOALS, FREDERIKSBERG, 1),
            row(IMPROVEMENT_GOALS, ALL, 1),
            row(INITIATOR, FREDERIKSBERG, 2),
            row(INITIATOR, ALL, 2),
            row(BY_FULFILMENT, FREDERIKSBERG, 1),
            row(BY_FULFILMENT, ALL, 1),
            row(BY_SERVICE, FREDERIKSBERG, 1),
            row(BY_SERVICE, ALL, 1));

    Dataset<Row> read =
        RegistrationCells.byMunicipality(
            RegistrationCells.of(cases.inputs(spark()).transitions(), false));
    assertRows(
        expected,
        read.select(col("cells"), col("municipality_code"), size(col("lines")).as("cells_in_it")));
  }

  @Test
  public void a_distribution_needs_a_dataset_whose_last_dimension_is_its_category() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RegistrationCells.distribution(
                    spark().emptyDataFrame(), CasesByRegistrations.units()));
    assertEquals(
        "cases_by_registrations: a distribution's last dimension is its category", e.getMessage());
  }
}
