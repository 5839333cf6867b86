package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The options of {@code serve} for the render cache and the render queue. */
class ServeRenderingOptionsTest {
  @TempDir Path work;

  @Test
  void help_documents_the_cache_folder_its_size_and_the_render_queue() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, new CommandLine(new ServeCommand()).execute("--help"));
    } finally {
      System.setOut(out);
    }

    String help = captured.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    for (String expected :
        new String[] {
          "--cache-dir=DIR",
          "(default: WORK/server-cache)",
          "--cache-mb=MIB",
          "0 caches and pre-renders nothing",
          "--render-queue=N",
          "answered 503 with Retry-After"
        }) {
      assertTrue(help.contains(expected), expected + " missing from\n" + help);
    }
  }

  @Test
  void a_negative_cache_size_exits_2_with_a_message() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code =
          new CommandLine(new ServeCommand())
              .execute("--work", work.toString(), "--port", "0", "--cache-mb", "-1");
    } finally {
      System.setErr(err);
    }

    assertEquals(2, code);
    assertTrue(
        captured.toString(StandardCharsets.UTF_8).contains("--cache-mb must be 0 or more"),
        captured.toString(StandardCharsets.UTF_8));
  }
}
