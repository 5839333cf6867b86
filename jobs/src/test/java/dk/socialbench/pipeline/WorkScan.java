package dk.socialbench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scans every file under a work directory for planted {@link Secrets}: Parquet value by value (read
 * back with Spark), every other file as the text a {@link TextOf} gives (by default its bytes as
 * UTF-8). Shared by the pipeline's privacy tests and the end-to-end test of the notebooks module,
 * which decodes the server's rendered PDFs and workbooks.
 *
 * <p>Example: {@code WorkScan.scan(spark, work, AttackDelivery.secrets(), leaks)}.
 */
public final class WorkScan {
  /** The text of a file as a reader would see it. */
  @FunctionalInterface
  public interface TextOf {
    String text(Path file) throws IOException;
  }

  private WorkScan() {}

  /** Scans every file under {@code work}; the number of files scanned. */
  public static int scan(SparkSession spark, Path work, Secrets secrets, List<String> leaks)
      throws IOException {
    return scan(spark, work, secrets, leaks, WorkScan::utf8);
  }

  /**
   * As {@link #scan(SparkSession, Path, Secrets, List)}, non-Parquet files read by {@code text}.
   */
  public static int scan(
      SparkSession spark, Path work, Secrets secrets, List<String> leaks, TextOf text)
      throws IOException {
    int files = 0;
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".crc")) {
          continue;
        }
        files++;
        String where = work.relativize(p).toString();
        if (name.endsWith(".parquet")) {
          for (String value : parquetValues(spark, p)) {
            secrets.scan(where, value, leaks);
          }
        } else {
          secrets.scan(where, text.text(p), leaks);
        }
      }
    }
    return files;
  }

  /** A file's bytes as UTF-8. */
  public static String utf8(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /** Every value of a Parquet file as text, arrays and structs taken apart. */
  private static List<String> parquetValues(SparkSession spark, Path file) {
    Dataset<Row> rows = spark.read().parquet(file.toString());
    List<String> values = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      collect(r, values);
    }
    return values;
  }

  private static void collect(Object value, List<String> values) {
    if (value instanceof Row row) {
      for (int i = 0; i < row.size(); i++) {
        collect(row.get(i), values);
      }
    } else if (value instanceof scala.collection.Seq<?> seq) {
      scala.collection.Iterator<?> it = seq.iterator();
      while (it.hasNext()) {
        collect(it.next(), values);
      }
    } else if (value != null) {
      values.add(value.toString());
    }
  }
}
