package dk.socialbench.notebooks.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child JVM of a test, with Spark's add-opens, its output in a log file. */
public final class JavaProcess {
  private JavaProcess() {}

  /** This JVM's Spark options (the add-opens the build gives tests), for the children. */
  public static List<String> sparkJvmOptions() {
    List<String> options = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")
          || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
          || a.startsWith("-Djdk.reflect.")) {
        options.add(a);
      }
    }
    return options;
  }

  public static Process start(
      String classpath,
      Map<String, String> env,
      Path log,
      List<String> jvm,
      String main,
      List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(sparkJvmOptions());
    command.addAll(jvm);
    command.add("-cp");
    command.add(classpath);
    command.add(main);
    command.addAll(args);
    Files.createDirectories(log.getParent());
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Runs to the end; fails with the log's tail if it takes too long or exits non-zero. */
  public static void run(Process p, Path log, Duration timeout)
      throws IOException, InterruptedException {
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      stop(p);
      throw new AssertionError("timed out after " + timeout + ":\n" + tail(log));
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("exit " + p.exitValue() + ":\n" + tail(log));
    }
  }

  /** Waits until the log shows {@code text}. */
  public static void await(Process p, Path log, String text, Duration timeout)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      if (!p.isAlive()) {
        throw new AssertionError("exited before '" + text + "':\n" + tail(log));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no '" + text + "' after " + timeout + ":\n" + tail(log));
  }

  /** Stops a process this test started, and the processes it started (a worker's executors). */
  public static void stop(Process p) throws InterruptedException {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  public static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
