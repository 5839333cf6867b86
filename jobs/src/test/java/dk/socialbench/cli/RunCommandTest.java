package dk.socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/**
 * {@code ./socialbench run} and {@code demo}: the analyses' profile is an option, off by default.
 */
class RunCommandTest {
  private static Object parsed(String... args) {
    ParseResult result = Main.commandLine().parseArgs(args);
    return result.subcommand().commandSpec().userObject();
  }

  @Test
  void run_profiles_the_analyses_only_when_asked() {
    assertTrue(((RunCommand) parsed("run", "--input", "in", "--work", "w", "--profile")).profile);
    assertFalse(((RunCommand) parsed("run", "--input", "in", "--work", "w")).profile);
  }

  @Test
  void demo_profiles_the_analyses_only_when_asked() {
    assertTrue(
        ((DemoCommand) parsed("demo", "--work", "w", "--samples", "s", "--profile")).profile);
    assertFalse(((DemoCommand) parsed("demo", "--work", "w", "--samples", "s")).profile);
  }
}
