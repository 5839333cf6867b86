package dk.socialbench.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.socialbench.analyses.Analysis;
import dk.socialbench.analyses.AnalysisInputs;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.spark.Progress;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** What a user sees when one of the analyses (computed several at a time) fails. */
class ResultWriterTest {
  @Test
  void a_failing_analysis_is_named_in_the_error_with_its_cause() {
    IllegalArgumentException cause = new IllegalArgumentException("no such column: vum_scor");
    Analysis failing =
        new Analysis() {
          @Override
          public ResultDataset dataset() {
            return ResultCatalogue.byName("goal_type");
          }

          @Override
          public Dataset<Row> compute(AnalysisInputs inputs) {
            throw cause;
          }
        };

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new ResultWriter(5, Progress.SILENT)
                    .writeAll(
                        List.of(failing), null, n -> Path.of("unused"), n -> Path.of("unused")));

    assertEquals("analysis goal_type failed: no such column: vum_scor", e.getMessage());
    assertSame(cause, e.getCause());
  }
}
