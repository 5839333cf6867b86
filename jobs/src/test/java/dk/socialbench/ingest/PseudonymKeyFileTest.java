package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whoever can read the key can pseudonymise every possible CPR number and so undo every {@code
 * person_key}: a key file every local user may read is refused, as ssh refuses such a private key.
 */
class PseudonymKeyFileTest {
  private static final String SECRET = "key-file-test-secret-0123456789";

  @Test
  void a_key_file_every_local_user_may_read_is_refused_naming_the_fix(@TempDir Path dir)
      throws Exception {
    Path file = keyFile(dir, "rw-r--r--");
    UserError e = assertThrows(UserError.class, () -> PseudonymKey.load(file, Map.of()));
    assertTrue(e.getMessage().contains("chmod 600 " + file), e.getMessage());
    assertTrue(e.getMessage().contains("rw-r--r--"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void a_key_file_of_its_owner_or_its_group_is_read(@TempDir Path dir) throws Exception {
    String expected =
        PseudonymKey.load(null, Map.of(PseudonymKey.ENVIRONMENT_VARIABLE, SECRET)).fingerprint();
    assertEquals(expected, PseudonymKey.load(keyFile(dir, "rw-------"), Map.of()).fingerprint());
    // A Kubernetes secret volume with an fsGroup is readable by its group: a deliberate grant.
    assertEquals(expected, PseudonymKey.load(keyFile(dir, "r--r-----"), Map.of()).fingerprint());
  }

  private static Path keyFile(Path dir, String mode) throws Exception {
    Path file = dir.resolve("key-" + mode.replace('-', '_'));
    Files.writeString(file, SECRET + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return file;
  }
}
