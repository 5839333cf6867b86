package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * The names delivery files are shown by once every row has been read: a file named after a citizen
 * has that citizen's name parts masked (its CPR number was masked when the files were listed), and
 * a name masked into another file's name gets a number, so that files stay apart. The same name in
 * the curated data, the quarantine, the manifest and on the console.
 */
final class ShownFileNames {
  private ShownFileNames() {}

  /**
   * Each file's name as its rows carry it, to the name to show (different for masked ones), from a
   * row per file with {@code source_file} and {@code file_name_parts}: the parts of names in its
   * rows that occur in its name.
   */
  static Map<String, String> of(List<Row> files) {
    Map<String, String> byName = new TreeMap<>();
    for (Row f : files) {
      String name = f.getAs("source_file");
      List<String> parts = f.getList(f.fieldIndex("file_name_parts"));
      byName.put(name, NameParts.ofParts(parts).redact(name, FreeText.REDACTED));
    }
    Set<String> used = new HashSet<>();
    byName.forEach(
        (name, shown) -> {
          if (name.equals(shown)) {
            used.add(name);
          }
        });
    Map<String, String> out = new TreeMap<>();
    byName.forEach(
        (name, shown) ->
            out.put(name, name.equals(shown) ? name : DeliveryFiles.unique(shown, used)));
    return out;
  }

  /**
   * {@code source_file} replaced by its shown name; no work at all when no name is masked. A
   * function of the column, not a {@code CASE WHEN} on the names as delivered: the plan goes to
   * Spark's event log and UI, and must not hold the names it hides.
   */
  static Column column(Map<String, String> shown) {
    HashMap<String, String> renamed = new HashMap<>();
    shown.forEach(
        (name, masked) -> {
          if (!name.equals(masked)) {
            renamed.put(name, masked);
          }
        });
    if (renamed.isEmpty()) {
      return col("source_file");
    }
    UDF1<String, String> rename = name -> renamed.getOrDefault(name, name);
    return udf(rename, DataTypes.StringType).apply(col("source_file"));
  }
}
