package dk.socialbench.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a row of a delivery was rejected: where (file, line, column), what rule, the offending value
 * (scrubbed of CPR numbers and the row's name; none for the {@code cpr} and {@code name} columns)
 * and a Danish reason, which never holds the value. A value, not an exception: a row collects all
 * of its errors.
 *
 * <p>Example: {@code DeliveryError(file="153_brondby.csv", line=17, column="vum_score", value="5",
 * rule=INVALID_VUM_SCORE, reason="Ugyldig VUM-score; tilladt er 0, 1, 2, 3, 3,5 og 4")}.
 */
public record DeliveryError(
    String file, long line, String column, String value, Rule rule, String reason)
    implements Serializable {
  public DeliveryError {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(reason, "reason == null");
  }

  /** {@code file:line, column: reason}, for the console. */
  @Override
  public String toString() {
    return file + ":" + line + (column == null ? "" : ", " + column) + ": " + reason;
  }
}
