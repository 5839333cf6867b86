package dk.socialbench.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {
  @TempDir Path dir;

  @Test
  void hash_is_the_sha256_hex_of_the_token() {
    // sha256("abc") from FIPS 180-2, appendix B.1
    assertEquals(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenFile.hash("abc"));
  }

  @Test
  void reads_roles_and_skips_comments_and_blank_lines() throws IOException {
    Path file = dir.resolve("tokens");
    Files.writeString(
        file,
        "# socialbench tokens\n\n"
            + TokenFile.line("kl-analyst-token-0001-Xq", "admin")
            + "   # KL\n"
            + TokenFile.line("gentofte-token-0001-Xq", "municipality:157")
            + "\n");

    Map<String, Principal> read = TokenFile.read(file);

    assertEquals(Principal.admin(), read.get(TokenFile.hash("kl-analyst-token-0001-Xq")));
    assertEquals(
        Principal.ofMunicipality("157"), read.get(TokenFile.hash("gentofte-token-0001-Xq")));
    assertEquals(2, read.size());
  }

  @Test
  void a_malformed_line_fails_with_its_number() throws IOException {
    Path file = dir.resolve("tokens");
    Files.writeString(file, "# ok\nplain-token admin\n");
    Path badRole = dir.resolve("roles");
    Files.writeString(badRole, TokenFile.hash("x") + " municipality:999\n");

    String malformed = assertThrows(IOException.class, () -> TokenFile.read(file)).getMessage();
    String unknown = assertThrows(IOException.class, () -> TokenFile.read(badRole)).getMessage();

    assertTrue(malformed.contains("line 2: expected 'sha256:<64 hex digits> <role>'"), malformed);
    assertTrue(unknown.contains("line 1: not a Danish municipality code: 999"), unknown);
  }

  @Test
  void a_demo_token_in_the_file_is_refused_with_its_line_and_role_not_its_hash()
      throws IOException {
    Path file = dir.resolve("tokens");
    String demoHash = TokenFile.hash("demo-frederiksberg");
    Files.writeString(
        file,
        TokenFile.line("kl-analyst-token-0001-Xq", "admin")
            + "\n# Frederiksberg\n"
            + demoHash
            + " municipality:147\n");

    String message = assertThrows(IOException.class, () -> TokenFile.read(file)).getMessage();

    assertTrue(
        message.endsWith(
            "line 3: the token for municipality:147 is a demo token, allowed only with --demo;"
                + " make a strong one with --hash-token"),
        message);
    assertFalse(message.contains(demoHash.substring(7, 15)), message);
  }

  @Test
  void a_token_listed_twice_is_refused_with_both_lines() throws IOException {
    Path file = dir.resolve("tokens");
    String line = TokenFile.line("kl-analyst-token-0001-Xq", "admin");
    Files.writeString(file, line + "\n\n" + line.replace("admin", "municipality:147") + "\n");

    String message = assertThrows(IOException.class, () -> TokenFile.read(file)).getMessage();

    assertTrue(message.endsWith("line 3: the same token as line 1; give each its own"), message);
  }

  @Test
  void hash_token_refuses_a_weak_token_without_repeating_it() {
    String message =
        assertThrows(IllegalArgumentException.class, () -> TokenFile.line("Qx7Qx7-short", "admin"))
            .getMessage();

    assertTrue(
        message.startsWith("the token for admin is too weak: it has fewer than 20 characters;"),
        message);
    assertFalse(message.contains("Qx7"), message);
  }

  @Test
  void roles_are_admin_or_a_danish_municipality() {
    assertEquals("admin", Principal.parse("admin").role());
    assertEquals("municipality:147", Principal.parse("municipality:147").role());
    assertThrows(IllegalArgumentException.class, () -> Principal.parse("root"));
    assertThrows(IllegalArgumentException.class, () -> TokenFile.line("short", "admin"));
  }

  @Test
  void a_municipality_reads_its_own_and_national_data_only() {
    Principal frederiksberg = Principal.ofMunicipality("147");

    assertTrue(frederiksberg.mayReadData("147"));
    assertTrue(frederiksberg.mayReadData("all"));
    assertEquals(false, frederiksberg.mayReadData("157"));
    assertEquals(false, frederiksberg.maySeeMunicipality("all"));
    assertTrue(Principal.admin().maySeeMunicipality("all"));
  }
}
