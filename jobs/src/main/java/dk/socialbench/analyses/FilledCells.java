package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DeliveryColumn;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;

/**
 * Which delivered cells of a curated registration are filled, as one INT of flags: bit {@code i}
 * for the {@code i}-th of {@link #COLUMNS}. What {@link DataCompleteness} counts, so that the
 * registrations' cache ({@link AnalysisInputs}) need not hold the delivered columns no analysis
 * reads otherwise (provider, closing reason, concurrent service ...), only whether each was filled.
 *
 * <p>Example: {@code curated.withColumn(FilledCells.NAME, FilledCells.of())}, then {@code
 * filter(FilledCells.filled(DeliveryColumn.PROVIDER_TYPE))}.
 */
final class FilledCells {
  /** The column of flags in the {@link AnalysisInputs#registrations()}. */
  static final String NAME = "filled_cells";

  /** The delivered columns the curated registrations keep: all but the CPR number and the name. */
  static final List<DeliveryColumn> COLUMNS =
      Stream.of(DeliveryColumn.values())
          .filter(c -> c != DeliveryColumn.CPR && c != DeliveryColumn.NAME)
          .toList();

  static {
    if (COLUMNS.size() > Integer.SIZE) {
      throw new ExceptionInInitializerError(
          COLUMNS.size() + " delivered columns do not fit one INT of flags");
    }
  }

  private FilledCells() {}

  /** The flags of a curated registration, read from its columns ({@code CuratedRegistrations}). */
  static Column of() {
    Column flags = lit(0);
    for (int i = 0; i < COLUMNS.size(); i++) {
      flags =
          flags.bitwiseOR(when(col(COLUMNS.get(i).code()).isNotNull(), lit(1 << i)).otherwise(0));
    }
    return flags;
  }

  /** Whether the registration's cell of {@code column} is filled: its flag is set. */
  static Column filled(DeliveryColumn column) {
    int bit = COLUMNS.indexOf(column);
    if (bit < 0) {
      throw new IllegalArgumentException(column + " is not kept in the curated registrations");
    }
    return col(NAME).bitwiseAND(lit(1 << bit)).notEqual(0);
  }
}
