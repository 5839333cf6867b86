package dk.socialbench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * A result table as the golden tests record it ({@link HeadlineGoldenTest}'s files, {@link
 * RunResultsUnchangedTest}'s digests): one line per row, cells joined with ';', null as an empty
 * cell, doubles to six decimals, arrays as {@code [a, b]}. Not CSV, on purpose: nothing is quoted,
 * since the text is only compared or hashed, never parsed, and the recorded files and digests
 * depend on it byte for byte.
 */
final class GoldenText {
  private GoldenText() {}

  static String header(String[] columns) {
    return String.join(";", columns);
  }

  static String line(Row r) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      cells.add(cell(r.get(i)));
    }
    return String.join(";", cells);
  }

  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double x) {
      return String.format(Locale.ROOT, "%.6f", x);
    }
    if (v instanceof scala.collection.Seq<?> seq) {
      List<String> items = new ArrayList<>();
      seq.foreach(
          item -> {
            items.add(cell(item));
            return null;
          });
      return items.toString();
    }
    return v.toString();
  }
}
