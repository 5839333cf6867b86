package dk.socialbench.analyses;

import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One analysis: a pure function from the curated data to one result dataset, whose columns are
 * exactly those of its {@link ResultDataset} contract. Rows exist for each municipality and for all
 * municipalities together ({@code municipality_code = "all"}).
 */
public interface Analysis {
  /** The result dataset this analysis produces. */
  ResultDataset dataset();

  /** Computes the result; no I/O, no side effects. */
  Dataset<Row> compute(AnalysisInputs inputs);
}
