package dk.socialbench.cluster;

import dk.socialbench.cli.Main;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of the job jar, for {@code spark-submit}: the {@code socialbench} command line
 * ({@code run} when no subcommand is given) on the master and settings spark-submit was given.
 *
 * <p>Example:
 *
 * <pre>
 * spark-submit --master spark://host:7077 --conf spark.executor.memory=4g \
 *   socialbench-jobs-0.1.0-job.jar --input /shared/deliveries --work /shared/work
 * </pre>
 *
 * <p>spark-submit passes its {@code --master} and {@code --conf} settings as {@code spark.*} system
 * properties; {@code run} would otherwise default to {@code local[*]} and to the settings the
 * command line chooses for local mode, so they are handed to it as {@code --master} and {@code
 * --conf}.
 */
public final class SubmitMain {
  private SubmitMain() {}

  public static void main(String[] args) {
    System.exit(Main.commandLine().execute(arguments(args, System.getProperties())));
  }

  static String[] arguments(String[] args, java.util.Properties system) {
    List<String> out = new ArrayList<>(List.of(args));
    if (out.isEmpty() || out.get(0).startsWith("-")) {
      out.add(0, "run");
    }
    if (!"run".equals(out.get(0))) {
      return out.toArray(String[]::new);
    }
    String master = system.getProperty("spark.master");
    boolean hasMaster =
        out.stream().anyMatch(a -> a.equals("--master") || a.startsWith("--master="));
    if (master != null && !hasMaster) {
      out.add("--master");
      out.add(master);
    }
    for (String key : system.stringPropertyNames()) {
      if (key.startsWith("spark.sql.")
          || key.startsWith("spark.ui.")
          || key.equals("spark.driver.host")
          || key.equals("spark.driver.bindAddress")) {
        out.add("--conf");
        out.add(key + "=" + system.getProperty(key));
      }
    }
    return out.toArray(String[]::new);
  }
}
