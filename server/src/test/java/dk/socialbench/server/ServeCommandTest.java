package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.access.AccessTokens;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.access.TokenFile;
import dk.socialbench.server.access.TokenStrength;
import dk.socialbench.server.fixtures.FakeRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
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
    String printed = run("--hash-token", "a-long-secret-token-147", "municipality:147").trim();
    Files.writeString(dir.resolve("tokens"), "# users\n" + printed + "  # Frederiksberg\n");

    Map<String, Principal> read = TokenFile.read(dir.resolve("tokens"));

    assertTrue(printed.matches("sha256:[0-9a-f]{64} municipality:147"), printed);
    assertTrue(!printed.contains("a-long-secret-token"));
    assertEquals(
        Map.of(TokenFile.hash("a-long-secret-token-147"), Principal.ofMunicipality("147")), read);
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
          "demo-frederiksberg",
          "every token needs at least "
              + TokenStrength.MIN_LENGTH
              + " characters, at least "
              + TokenStrength.MIN_DISTINCT
              + " of them different",
          "--public-url",
          "--trusted-proxy",
          "reverse proxy that ends TLS"
        }) {
      assertTrue(help.contains(expected), expected + " missing from\n" + help);
    }
  }

  @Test
  void tokens_come_from_the_file_the_environment_and_demo_mode() throws Exception {
    Files.writeString(
        dir.resolve("tokens"), TokenFile.line("file-token-157-0123456789", "municipality:157"));
    ServeCommand command = new ServeCommand();
    new CommandLine(command)
        .parseArgs(
            "--work", dir.toString(), "--tokens", dir.resolve("tokens").toString(), "--demo");

    AccessTokens tokens =
        command.accessTokens(Map.of("SOCIALBENCH_ADMIN_TOKEN", "env-admin-token-0123456789"));

    assertEquals(
        Optional.of(Principal.ofMunicipality("157")), tokens.resolve("file-token-157-0123456789"));
    assertEquals(Optional.of(Principal.admin()), tokens.resolve("env-admin-token-0123456789"));
    assertEquals(Optional.of(Principal.admin()), tokens.resolve("demo-admin"));
    assertEquals(
        Optional.of(Principal.ofMunicipality("147")), tokens.resolve("demo-frederiksberg"));
    assertEquals(Optional.empty(), tokens.resolve("anything-else"));
  }

  @Test
  void a_weak_admin_token_is_refused_naming_the_variable_and_role_never_the_value() {
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs("--work", dir.toString());

    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> command.accessTokens(Map.of("SOCIALBENCH_ADMIN_TOKEN", "Qx7Qx7Qx7")))
            .getMessage();

    assertEquals(
        "SOCIALBENCH_ADMIN_TOKEN (role admin) is too weak: it has fewer than 20 characters; an"
            + " access token needs at least 20 characters, at least 8 of them different (e.g."
            + " openssl rand -base64 30); the demo tokens are allowed only with --demo",
        message);
  }

  @Test
  void the_demo_admin_token_is_accepted_in_the_environment_only_with_demo() throws Exception {
    ServeCommand plain = new ServeCommand();
    new CommandLine(plain).parseArgs("--work", dir.toString());
    ServeCommand demo = new ServeCommand();
    new CommandLine(demo).parseArgs("--work", dir.toString(), "--demo");
    Map<String, String> env = Map.of("SOCIALBENCH_ADMIN_TOKEN", "demo-admin");

    String refused =
        assertThrows(IllegalArgumentException.class, () -> plain.accessTokens(env)).getMessage();

    assertTrue(refused.contains("(role admin) is too weak: it is a demo token"), refused);
    assertEquals(Optional.of(Principal.admin()), demo.accessTokens(env).resolve("demo-admin"));
  }

  @Test
  void hash_token_with_a_weak_token_exits_2_without_printing_it() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = new CommandLine(new ServeCommand()).execute("--hash-token", "Qx7Qx7Qx7", "admin");
    } finally {
      System.setErr(err);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);

    assertEquals(2, code);
    assertTrue(printed.startsWith("serve: the token for admin is too weak"), printed);
    assertFalse(printed.contains("Qx7"), printed);
  }

  @Test
  void the_start_up_lines_state_the_token_rule_and_that_cookies_are_secure_behind_https()
      throws Exception {
    ServeCommand command = new ServeCommand();
    new CommandLine(command)
        .parseArgs(
            "--work",
            dir.toString(),
            "--public-url",
            "https://sep.kommune.dk",
            "--trusted-proxy",
            "127.0.0.1");
    AccessTokens tokens = command.accessTokens(Map.of());
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(captured, true, StandardCharsets.UTF_8);

    try (RunningServer server =
        RunningServer.start(ServerSettings.onLoopback(dir, tokens, new FakeRenderer()))) {
      command.announce(out, server, tokens, new FakeRenderer());
    }
    String printed = captured.toString(StandardCharsets.UTF_8);

    assertTrue(
        printed.contains(
            "socialbench: 0 access token(s); an access token needs at least 20 characters, at"
                + " least 8 of them different"),
        printed);
    assertTrue(
        printed.contains(
            "socialbench: users open https://sep.kommune.dk; session cookies are Secure; trusted"
                + " proxies: 127.0.0.1"),
        printed);
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
