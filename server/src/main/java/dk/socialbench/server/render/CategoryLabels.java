package dk.socialbench.server.render;

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
      case "min_registrations" -> "Mindst " + value;
      case "registration_number" -> (((Number) value).intValue() - 1) + ". → " + value + ". reg.";
      case "from_registration" ->
          "Fra " + value + ". til " + (((Number) value).intValue() + 1) + ". registrering";
      case "vum_from", "vum_score" -> "VUM " + vum(((Number) value).doubleValue());
      default -> Labels.da(column, String.valueOf(value));
    };
  }

  /** A VUM score: whole scores without decimals, the optional in-between step as "3,5". */
  static String vum(double score) {
    return DanishFormat.decimal(score, score == Math.rint(score) ? 0 : 1);
  }
}
