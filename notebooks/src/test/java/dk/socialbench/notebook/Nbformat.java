package dk.socialbench.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Jupyter's own validator ({@code nbformat.validate}, Debian's {@code python3-nbformat}) on a
 * notebook file. Where it is not installed the check is skipped with a message, except in CI
 * ({@code CI=true}), where it must be there.
 */
final class Nbformat {
  private static final String PYTHON = "/usr/bin/python3";
  private static final String SCRIPT =
      "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4));"
          + " print('valid')";

  private Nbformat() {}

  static void assertValid(Path notebook) throws IOException, InterruptedException {
    if (!available()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("python3-nbformat is not installed: apt-get install python3-nbformat");
      }
      System.err.println("nbformat not installed: skipping Jupyter's validation of " + notebook);
      return;
    }
    Process p =
        new ProcessBuilder(PYTHON, "-c", SCRIPT, notebook.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), notebook + " is not a valid notebook:\n" + out);
  }

  private static boolean available() throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      return false;
    }
    Process p =
        new ProcessBuilder(PYTHON, "-c", "import nbformat").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
