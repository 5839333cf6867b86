package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which "k→k+1" stages to report: every k at which some case, anywhere, has a next registration.
 */
final class Transitions {
  private Transitions() {}

  /** The registration numbers k with at least one k+1 in the data, as a one-column Dataset. */
  static Dataset<Row> stagesWithData(Dataset<Row> transitions) {
    return transitions.filter(col("has_next")).select("registration_number").distinct();
  }
}
