import java.nio.file.*;
import java.util.*;
import java.io.*;
import org.apache.spark.sql.*;

/** Dumps every Parquet value under a directory, one value per line, prefixed by the file. */
public class Dump {
  public static void main(String[] a) throws Exception {
    SparkSession s = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(a[1])));
         var walk = Files.walk(Paths.get(a[0]))) {
      for (Path p : walk.filter(Files::isRegularFile).filter(x -> x.toString().endsWith(".parquet")).toList()) {
        for (Row r : s.read().parquet(p.toString()).collectAsList()) {
          List<String> vals = new ArrayList<>();
          collect(r, vals);
          for (String v : vals) out.println(p + "\t" + v.replace("\n", "\\n").replace("\r", "\\r"));
        }
      }
    }
    s.stop();
  }
  static void collect(Object v, List<String> vals) {
    if (v instanceof Row row) { for (int i = 0; i < row.size(); i++) collect(row.get(i), vals); }
    else if (v instanceof scala.collection.Seq<?> seq) { var it = seq.iterator(); while (it.hasNext()) collect(it.next(), vals); }
    else if (v != null) vals.add(v.toString());
  }
}
