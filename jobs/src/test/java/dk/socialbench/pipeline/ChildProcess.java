package dk.socialbench.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started on the test class path, its output (stdout and stderr together) read by a thread of
 * its own, so that waiting for a line has a deadline that holds even while the child prints
 * nothing.
 */
final class ChildProcess {
  private static final String END = "\u0000end";

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuilder output = new StringBuilder();
  private final Thread pump;

  private ChildProcess(Process process) {
    this.process = process;
    this.pump = new Thread(this::pump, "child-output");
    pump.setDaemon(true);
    pump.start();
  }

  /** Starts {@code mainClass} with {@code args}, the test JVM's module options and class path. */
  static ChildProcess start(Class<?> mainClass, List<String> args, Map<String, String> env)
      throws IOException {
    return start(List.of(), mainClass, args, env);
  }

  /** As above, with JVM options {@code jvmOptions} (e.g. {@code -Djava.io.tmpdir=DIR}). */
  static ChildProcess start(
      List<String> jvmOptions, Class<?> mainClass, List<String> args, Map<String, String> env)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore"))
            .toList());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(testClassPath());
    command.add(mainClass.getName());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    return new ChildProcess(pb.start());
  }

  /**
   * {@code socialbench run} of {@code input} into {@code work} on {@code local[1]}, the key {@code
   * key} in the environment, the JVM started with {@code jvmOptions}.
   */
  static ChildProcess run(List<String> jvmOptions, Path input, Path work, String key)
      throws IOException {
    List<String> args =
        List.of(
            "run", "--input", input.toString(), "--work", work.toString(), "--master", "local[1]");
    return start(
        jvmOptions, dk.socialbench.cli.Main.class, args, Map.of("SOCIALBENCH_PSEUDONYM_KEY", key));
  }

  /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
  private static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null ? cp : System.getProperty("java.class.path");
  }

  private void pump() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (output) {
          output.append(line).append('\n');
        }
        lines.add(line);
      }
    } catch (IOException e) {
      // The child was killed: its output ends here.
    } finally {
      lines.add(END);
    }
  }

  /** The first line containing {@code marker}, or null if the child ends or time runs out first. */
  String awaitLine(String marker, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null || line.equals(END)) {
        return null;
      }
      if (line.contains(marker)) {
        return line;
      }
    }
  }

  /** The child's process id. */
  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no finally block runs in the child. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits for the child to end by itself; its exit code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new IllegalStateException("the child did not end within " + timeout);
    }
    return process.exitValue();
  }

  /** Everything the child printed so far (once it has ended: everything). */
  String output() throws InterruptedException {
    if (!process.isAlive()) {
      pump.join(TimeUnit.SECONDS.toMillis(10)); // the rest of the output, up to its end
    }
    synchronized (output) {
      return output.toString();
    }
  }
}
