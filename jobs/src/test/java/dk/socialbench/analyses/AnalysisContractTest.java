package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.spark.SparkTypes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

public class AnalysisContractTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void every_analysis_produces_exactly_the_columns_and_types_of_its_contract() {
    Dataset<Row> quarantine =
        table(
            Cases.QUARANTINE_SCHEMA,
            row("x.csv", 2L, "999", "d", "municipality_code", "unknown_municipality", "999", "?"));
    AnalysisInputs inputs =
        Cases.of(
                Case.in(FREDERIKSBERG, "a")
                    .registrations(
                        sel85(10).vum(3).goal(IMPROVEMENT).vumTarget(2),
                        sel85(8).vum(2).judged(FULLY).initiator("authority")),
                Case.in(BALLERUP, "b").age(50).registrations(sel107(1500).vum(3.5)))
            .inputs(spark(), quarantine);

    Map<String, List<String>> contract = new LinkedHashMap<>();
    Map<String, List<String>> produced = new LinkedHashMap<>();
    for (Analysis analysis : AnalysisCatalogue.all()) {
      ResultDataset d = analysis.dataset();
      contract.put(d.name(), columns(SparkTypes.restricted(d)));
      produced.put(d.name(), columns(analysis.compute(inputs).schema()));
    }
    org.junit.Assert.assertEquals(contract, produced);
  }

  @Test
  public void every_result_dataset_has_exactly_one_analysis_in_catalogue_order() {
    org.junit.Assert.assertEquals(
        ResultCatalogue.all().stream().map(ResultDataset::name).toList(),
        AnalysisCatalogue.all().stream().map(a -> a.dataset().name()).toList());
  }

  private static List<String> columns(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + ":" + f.dataType().simpleString())
        .toList();
  }
}
