package dk.socialbench.notebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Ships the classes a notebook defines (its cells, and the lambdas and UDFs in them) to the
 * executors of a cluster, the way Spark's own shells do: the runner writes each cell's compiled
 * classes to a jar and hands it here; once the notebook's session runs on a cluster, every such jar
 * is added to it with {@code SparkContext.addJar}, so executors load the cell classes before they
 * run a task that needs them. In local mode the executors share the notebook's class loader and
 * nothing is shipped.
 *
 * <p>A lambda reads a top-level notebook variable through a static field of the cell's class, and
 * on an executor that field is not set: pass values into lambdas as method arguments or use Spark
 * column expressions (see {@code notebooks/README.md}).
 */
public final class NotebookClasses {
  private NotebookClasses() {}

  private static final List<String> jars = new ArrayList<>();
  private static SparkContext shipping;

  /** Called by the runner for every jar of cell classes, in cell order. */
  public static synchronized void add(Path jar) {
    Objects.requireNonNull(jar, "jar == null");
    String uri = jar.toUri().toString();
    jars.add(uri);
    if (shipping != null && !shipping.isStopped()) {
      shipping.addJar(uri);
    }
  }

  /** Ships the cell classes so far, and those still to come, to {@code spark}'s executors. */
  static synchronized void attach(SparkSession spark) {
    SparkContext sc = spark.sparkContext();
    if (sc.isLocal()) {
      return;
    }
    shipping = sc;
    jars.forEach(sc::addJar);
  }
}
