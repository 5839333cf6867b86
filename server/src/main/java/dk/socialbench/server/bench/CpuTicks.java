package dk.socialbench.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Linux process's or thread's CPU time so far, split into user and system (the kernel's work for
 * it: copying a download into its socket, say), as {@code /proc/<pid>/stat} counts it: in clock
 * ticks of 10 ms. Read from outside the process, so that measuring costs it nothing.
 *
 * <p>Example: {@code CpuTicks.ofProcess(pid).map(before -> ...)}; empty where there is no {@code
 * /proc}.
 */
record CpuTicks(long user, long system) {
  /** Linux's clock ticks per second in {@code stat} files (USER_HZ: 100 on every architecture). */
  static final double PER_SECOND = 100;

  /** The process {@code pid}'s CPU time, all its threads; empty without {@code /proc}. */
  static Optional<CpuTicks> ofProcess(long pid) {
    try {
      return Optional.of(read(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The process {@code pid}'s CPU time by thread group, summed over its live threads: {@code jetty}
   * (Jetty's pool as Javalin names it, or Jetty's own name: request threads and selectors), {@code
   * jit} (the compiler threads), {@code gc} (the collector's threads and the VM thread) and {@code
   * rest}; empty without {@code /proc}. A thread that ends between two readings takes its time with
   * it (the JVM ends idle compiler threads), so compare readings over busy spells.
   */
  static Map<String, CpuTicks> byThreadGroup(long pid) {
    Map<String, CpuTicks> groups = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).trim();
          groups.merge(threadGroup(name), read(task.resolve("stat")), CpuTicks::plus);
        } catch (IOException ended) {
          // the thread ended between the listing and the read
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return groups;
  }

  /** The group of a thread named {@code name} (Linux keeps its first 15 characters). */
  static String threadGroup(String name) {
    if (name.startsWith("JettyServerThre") || name.startsWith("qtp")) {
      return "jetty";
    }
    if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
      return "jit";
    }
    if (name.startsWith("GC ") || name.equals("VM Thread")) {
      return "gc";
    }
    return "rest";
  }

  /** The CPU time in a {@code stat} file: its fields 14 and 15, counted after the name's ')'. */
  static CpuTicks read(Path stat) throws IOException {
    String s = Files.readString(stat);
    String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
    return new CpuTicks(Long.parseLong(fields[11]), Long.parseLong(fields[12]));
  }

  CpuTicks plus(CpuTicks other) {
    return new CpuTicks(user + other.user, system + other.system);
  }

  CpuTicks minus(CpuTicks other) {
    return new CpuTicks(user - other.user, system - other.system);
  }

  double userMillis() {
    return user * 1000 / PER_SECOND;
  }

  double systemMillis() {
    return system * 1000 / PER_SECOND;
  }
}
