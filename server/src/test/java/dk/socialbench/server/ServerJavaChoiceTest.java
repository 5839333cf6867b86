package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs the server on the Java of everything else unless the environment forces a JDK,
 * adding compact object headers on a forced Java 25 ({@code socialbench server-java} prints its
 * choice). The JDKs here are folders with a {@code release} file and an executable {@code
 * bin/java}, as an installed JDK has.
 */
class ServerJavaChoiceTest {
  /** The repository's launcher; tests run in the module's directory. */
  private static final Path LAUNCHER = Path.of("..", "socialbench").toAbsolutePath().normalize();

  private static final String COMPACT_HEADERS = "-XX:+UseCompactObjectHeaders";

  @TempDir Path jdks;

  @Test
  void by_default_the_server_runs_on_the_java_of_everything_else() throws Exception {
    Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");

    Choice choice = choose(Map.of("JAVA_HOME", java17.toString()));

    assertEquals(0, choice.exit());
    // No compact object headers on 17: the JVM would not start with the flag.
    assertServes(choice, java17, "");
  }

  @Test
  void a_forced_jdk_serves() throws Exception {
    Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
    Path java21 = jdk("java-21-openjdk-amd64", "21.0.7");

    Choice choice =
        choose(
            Map.of(
                "JAVA_HOME", java17.toString(), "SOCIALBENCH_SERVER_JAVA_HOME", java21.toString()));

    assertServes(choice, java21, "");
  }

  @Test
  void a_forced_java_25_gets_compact_object_headers_too() throws Exception {
    Path java25 = jdk("some-jdk", "25.0.1");

    Choice choice = choose(Map.of("SOCIALBENCH_SERVER_JAVA_HOME", java25.toString()));

    assertServes(choice, java25, COMPACT_HEADERS);
  }

  @Test
  void a_forced_folder_without_java_is_refused_naming_the_variable() throws Exception {
    Path empty = Files.createDirectories(jdks.resolve("not-a-jdk"));

    Choice choice = choose(Map.of("SOCIALBENCH_SERVER_JAVA_HOME", empty.toString()));

    assertEquals(2, choice.exit());
    assertTrue(
        choice.err().contains("SOCIALBENCH_SERVER_JAVA_HOME=" + empty + " has no bin/java"),
        choice.err());
  }

  /** {@code choice} names {@code home}'s java and, on its second line, {@code options}. */
  private static void assertServes(Choice choice, Path home, String options) {
    assertEquals(home.resolve("bin/java").toString(), choice.java(), choice.err());
    assertEquals(options, choice.options(), choice.err());
  }

  /** A JDK's home as installed: its {@code release} file and an executable {@code bin/java}. */
  private Path jdk(String name, String version) throws IOException {
    Path home = Files.createDirectories(jdks.resolve(name).resolve("bin"));
    Files.writeString(
        home.resolveSibling("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n",
        StandardCharsets.UTF_8);
    Path java = home.resolve("java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home.getParent();
  }

  private record Choice(int exit, String out, String err) {
    /** The first line: the Java. */
    String java() {
      return out.lines().findFirst().orElse("");
    }

    /** The second line: the options the launcher adds for it, separated by spaces. */
    String options() {
      return out.lines().skip(1).findFirst().orElse("");
    }
  }

  /** {@code socialbench server-java} in an environment without the developer's own choice. */
  private static Choice choose(Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "server-java");
    pb.environment().remove("SOCIALBENCH_SERVER_JAVA_HOME");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Choice(p.waitFor(), out, err);
  }
}
