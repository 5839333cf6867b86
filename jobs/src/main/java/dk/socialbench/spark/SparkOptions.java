package dk.socialbench.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The Spark options every command that starts Spark takes, {@code --master} and {@code --conf}: a
 * picocli mixin, so {@code run} and {@code notebook run} say and parse them the same way.
 *
 * <pre>{@code
 * @Command(name = "run")
 * final class RunCommand implements Callable<Integer> {
 *   @Mixin SparkOptions spark;   // --master spark://host:7077 --conf spark.executor.memory=8g
 * }
 * }</pre>
 */
public final class SparkOptions {
  @Option(
      names = "--master",
      defaultValue = "local[*]",
      description = "Spark master URL (default ${DEFAULT-VALUE}).")
  private String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "Extra Spark setting KEY=VALUE, e.g. spark.executor.memory=4g (repeatable).")
  private Map<String, String> conf = new LinkedHashMap<>();

  /** The master URL, {@code local[*]} unless given. */
  public String master() {
    return master;
  }

  /** The extra settings in the order given. */
  public Map<String, String> conf() {
    return Collections.unmodifiableMap(conf);
  }
}
