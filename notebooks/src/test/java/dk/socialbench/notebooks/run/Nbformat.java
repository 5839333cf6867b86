package dk.socialbench.notebooks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Jupyter's own validator ({@code nbformat.validate}, Debian's {@code python3-nbformat}) on a
 * notebook file. Where it is not installed the test fails with the command that installs it (as the
 * browser test does): a check that passes silently without its tool proves nothing.
 */
final class Nbformat {
  private static final String PYTHON = "/usr/bin/python3";
  private static final String SCRIPT =
      "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4));"
          + " print('valid')";

  private Nbformat() {}

  static void assertValid(Path notebook) throws IOException, InterruptedException {
    if (!available()) {
      fail(
          "validating notebooks needs Jupyter's nbformat for /usr/bin/python3: apt-get install -y"
              + " python3-nbformat");
    }
    Process p =
        new ProcessBuilder(PYTHON, "-c", SCRIPT, notebook.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("nbformat did not finish validating " + notebook + " within 60 s:\n" + out);
    }
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
