package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which "k→k+1" stages to report: every k at which some case, anywhere, has a next registration.
 */
final class Transitions {
  private Transitions() {}

  /**
   * The registration numbers k with at least one k+1 in the data, as a one-column Dataset: a few
   * rows, so joined by broadcast. Without the hint Spark chose by its estimate of the cached
   * registrations' size, and at 10⁶ a cache kept as rows estimated it above the broadcast threshold
   * and shuffled every registration for the join first (docs/benchmarks.md 1.59).
   */
  static Dataset<Row> stagesWithData(Dataset<Row> transitions) {
    return broadcast(transitions.filter(col("has_next")).select("registration_number").distinct());
  }
}
