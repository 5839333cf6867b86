package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.FROM_REGISTRATION;
import static dk.socialbench.contract.ResultColumns.MIN_REGISTRATIONS;
import static dk.socialbench.contract.ResultColumns.REGISTRATION_NUMBER;
import static dk.socialbench.contract.ResultColumns.VUM_FROM;
import static dk.socialbench.contract.ResultColumns.VUM_SCORE;

import dk.socialbench.contract.Labels;

/**
 * The Danish text of a dimension's value in a report: codes through {@link Labels}, numbers as a
 * reader says them ("VUM 3,5", "2. registrering", "Mindst 3 registreringer").
 */
final class CategoryLabels {
  private CategoryLabels() {}

  static String of(String column, Object value) {
    if (value == null) {
      return "";
    }
    return switch (column) {
      case MIN_REGISTRATIONS -> "Mindst " + value;
      case REGISTRATION_NUMBER -> registrationNumber(((Number) value).intValue());
      case FROM_REGISTRATION ->
          ((Number) value).intValue() == ALL_REGISTRATIONS
              ? "Alle registreringer"
              : "Fra " + value + ". til " + (((Number) value).intValue() + 1) + ". registrering";
      case VUM_FROM, VUM_SCORE -> "VUM " + vum(((Number) value).doubleValue());
      default -> Labels.da(column, String.valueOf(value));
    };
  }

  /** A stage value that pools every registration number (the contract's convention). */
  static final int ALL_REGISTRATIONS = 0;

  /** Registration k, reached from k − 1; the first from a registration before the data. */
  private static String registrationNumber(int k) {
    return switch (k) {
      case ALL_REGISTRATIONS -> "Alle registreringer";
      case 1 -> "Tidligere → 1. reg.";
      default -> (k - 1) + ". → " + k + ". reg.";
    };
  }

  /** A VUM score: whole scores without decimals, the optional in-between step as "3,5". */
  static String vum(double score) {
    return DanishFormat.decimal(score, score == Math.rint(score) ? 0 : 1);
  }
}
