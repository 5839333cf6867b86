package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.access.AccessTokens;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.access.TokenFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void hash_token_prints_a_line_the_token_file_reader_accepts() throws Exception {
    String printed = run("--hash-token", "a-long-secret-token", "municipality:147").trim();
    Files.writeString(dir.resolve("tokens"), "# users\n" + printed + "  # Frederiksberg\n");

    Map<String, Principal> read = TokenFile.read(dir.resolve("tokens"));

    assertTrue(printed.matches("sha256:[0-9a-f]{64} municipality:147"), printed);
    assertTrue(!printed.contains("a-long-secret-token"));
    assertEquals(
        Map.of(TokenFile.hash("a-long-secret-token"), Principal.ofMunicipality("147")), read);
  }

  @Test
  void help_documents_the_options_and_the_token_file_format() throws Exception {
    String help = run("--help");

    for (String expected :
        new String[] {
          "--work",
          "--port",
          "--host",
          "--tokens",
          "--demo",
          "--hash-token",
          "sha256:<64 lowercase hex digits> <role>",
          "municipality:<code>",
          "SOCIALBENCH_ADMIN_TOKEN",
          "demo-frederiksberg"
        }) {
      assertTrue(help.contains(expected), expected + " missing from\n" + help);
    }
  }

  @Test
  void tokens_come_from_the_file_the_environment_and_demo_mode() throws Exception {
    Files.writeString(dir.resolve("tokens"), TokenFile.line("file-token-157", "municipality:157"));
    ServeCommand command = new ServeCommand();
    new CommandLine(command)
        .parseArgs(
            "--work", dir.toString(), "--tokens", dir.resolve("tokens").toString(), "--demo");

    AccessTokens tokens = command.accessTokens(Map.of("SOCIALBENCH_ADMIN_TOKEN", "env-admin-1"));

    assertEquals(Optional.of(Principal.ofMunicipality("157")), tokens.resolve("file-token-157"));
    assertEquals(Optional.of(Principal.admin()), tokens.resolve("env-admin-1"));
    assertEquals(Optional.of(Principal.admin()), tokens.resolve("demo-admin"));
    assertEquals(
        Optional.of(Principal.ofMunicipality("147")), tokens.resolve("demo-frederiksberg"));
    assertEquals(Optional.empty(), tokens.resolve("anything-else"));
  }

  @Test
  void serving_without_work_exits_2_with_a_message() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = new CommandLine(new ServeCommand()).execute("--port", "0");
    } finally {
      System.setErr(err);
    }

    assertEquals(2, code);
    assertTrue(captured.toString(StandardCharsets.UTF_8).contains("--work DIR is required"));
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int code = new CommandLine(new ServeCommand()).execute(args);
      assertEquals(0, code);
    } finally {
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
