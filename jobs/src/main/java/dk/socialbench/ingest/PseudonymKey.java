package dk.socialbench.ingest;

import dk.socialbench.UserError;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of the pseudonymiser, from {@code SOCIALBENCH_PSEUDONYM_KEY} or a key file; only
 * the demo uses a fixed, public key. {@link #toString()} never prints the key.
 */
public final class PseudonymKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The environment variable that holds the key when no key file is given. */
  public static final String ENVIRONMENT_VARIABLE = "SOCIALBENCH_PSEUDONYM_KEY";

  static final int MIN_LENGTH = 16;
  private static final String DEMO_KEY = "socialbench-demo-key-public-never-use-for-real-data";

  private final byte[] bytes;
  private final boolean demo;

  private PseudonymKey(byte[] bytes, boolean demo) {
    this.bytes = bytes;
    this.demo = demo;
  }

  /**
   * The key from {@code keyFile} if given, else from the environment; refuses to go on without one,
   * or with one shorter than 16 characters.
   */
  public static PseudonymKey load(Path keyFile, Map<String, String> environment) {
    String text;
    String source;
    if (keyFile != null) {
      refuseIfOthersMayRead(keyFile);
      try {
        text = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UserError("cannot read the key file " + keyFile + ": " + e.getMessage());
      }
      source = "the key file " + keyFile;
    } else {
      text = environment.get(ENVIRONMENT_VARIABLE);
      source = ENVIRONMENT_VARIABLE;
      if (text == null || text.isBlank()) {
        throw new UserError(
            "no pseudonymisation key: set "
                + ENVIRONMENT_VARIABLE
                + " or pass --key-file FILE (a secret of at least "
                + MIN_LENGTH
                + " characters, kept outside the work directory; the same key gives the same"
                + " pseudonyms across runs)");
      }
      text = text.strip();
    }
    if (text.length() < MIN_LENGTH) {
      throw new UserError(
          "the pseudonymisation key in "
              + source
              + " is too short: at least "
              + MIN_LENGTH
              + " characters are needed");
    }
    return new PseudonymKey(text.getBytes(StandardCharsets.UTF_8), false);
  }

  /**
   * Refuses a key file that every local user may read, as ssh refuses such a private key: whoever
   * holds the key can pseudonymise every possible CPR number (about 4 × 10⁸ of them, minutes of
   * CPU) and so read the CPR number behind every {@code person_key}.
   */
  private static void refuseIfOthersMayRead(Path keyFile) {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(keyFile, PosixFileAttributeView.class);
    if (posix == null) {
      return; // no POSIX permissions here (another file system): nothing to check
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = posix.readAttributes().permissions();
    } catch (IOException e) {
      throw new UserError("cannot read the key file " + keyFile + ": " + e.getMessage());
    }
    // Its group may (a Kubernetes secret volume with an fsGroup is group-readable): a deliberate
    // grant. Every local user may not.
    if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
      throw new UserError(
          "the key file "
              + keyFile
              + " can be read by other users ("
              + PosixFilePermissions.toString(permissions)
              + "); whoever reads it can undo the pseudonyms. Make it readable by its owner only:"
              + " chmod 600 "
              + keyFile);
    }
  }

  /** The fixed key of the demo: public, so the demo's pseudonyms protect nothing. */
  public static PseudonymKey demo() {
    return new PseudonymKey(DEMO_KEY.getBytes(StandardCharsets.UTF_8), true);
  }

  public boolean isDemo() {
    return demo;
  }

  byte[] bytes() {
    return Arrays.copyOf(bytes, bytes.length);
  }

  /**
   * A short fingerprint of the key (not the key): runs with the same fingerprint have comparable
   * pseudonyms.
   */
  public String fingerprint() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
      byte[] d = mac.doFinal("socialbench key fingerprint".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "PseudonymKey[" + (demo ? "demo" : fingerprint()) + "]";
  }
}
