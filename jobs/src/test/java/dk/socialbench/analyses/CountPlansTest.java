package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;
import static org.apache.spark.sql.functions.col;

import dk.socialbench.SparkTest;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * Counting persons costs no Expand (issue 13): Spark plans several distinct aggregates of one
 * aggregation as an Expand that copies every row once per distinct aggregate; {@link
 * Persons#aggregate} de-duplicates (group, person) once instead. Checked on every analysis's
 * physical plan, not on its speed.
 */
public class CountPlansTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void no_analysis_plans_an_expand() {
    AnalysisInputs inputs =
        Cases.of(
                Case.in(FREDERIKSBERG, "a")
                    .registrations(sel85(10).goal(IMPROVEMENT), sel85(12).judged(NOT)),
                Case.in(BALLERUP, "b").registrations(sel107(1500)))
            .inputs(spark());
    List<String> expanding = new ArrayList<>();
    for (Analysis analysis : AnalysisCatalogue.all()) {
      if (expands(analysis.compute(inputs))) {
        expanding.add(analysis.dataset().name());
      }
    }
    Assert.assertEquals(List.of(), expanding);
  }

  /** The check sees an Expand where there is one: two conditional distinct counts. */
  @Test
  public void two_conditional_distinct_counts_plan_an_expand() {
    Dataset<Row> registrations =
        Cases.of(Case.in(FREDERIKSBERG, "a").registrations(sel85(10)))
            .inputs(spark())
            .registrations();
    Column[] first = Persons.counted("first", col("registration_number").equalTo(1));
    Column[] later = Persons.counted("later", col("registration_number").gt(1));
    Assert.assertTrue(
        expands(
            registrations
                .groupBy("municipality_code")
                .agg(first[0], first[1], later[0], later[1])));
  }

  private static boolean expands(Dataset<Row> result) {
    return result.queryExecution().executedPlan().toString().contains("Expand [");
  }
}
