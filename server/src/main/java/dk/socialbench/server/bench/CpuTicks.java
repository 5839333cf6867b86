package dk.socialbench.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
