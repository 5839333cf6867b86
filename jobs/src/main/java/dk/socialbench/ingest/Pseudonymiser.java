package dk.socialbench.ingest;

import dk.socialbench.analyses.CellKeys;
import dk.socialbench.delivery.Cpr;
import dk.socialbench.delivery.CprLike;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a CPR number by a keyed pseudonym: HMAC-SHA256 with a secret key, never a plain hash
 * (there are too few CPR numbers for a hash to resist a dictionary attack). The same key gives the
 * same person key, so runs and deliveries link; without the key nobody can go back.
 *
 * <p>Not thread-safe (it holds a {@link Mac}); make one per task.
 */
final class Pseudonymiser {
  private static final HexFormat HEX = HexFormat.of();
  private final Mac mac;

  /** The last CPR number's digits and person key: a case's registrations come one after another. */
  private String lastDigits;

  private String lastKey;

  /** The last person key whose id was asked for, and its id. */
  private String lastIdKey;

  private long lastId;

  private final CellKeys.PersonIds ids = new CellKeys.PersonIds();

  /** The last case id as delivered and as kept: a case's registrations come one after another. */
  private String lastDelivered;

  private String lastCaseId;

  Pseudonymiser(PseudonymKey key) {
    try {
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** The person key: the first 128 bits of the HMAC, as 32 hex digits. */
  String personKey(Cpr cpr) {
    String digits = cpr.toDigitsForPseudonym();
    if (!digits.equals(lastDigits)) {
      byte[] digest = mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
      lastKey = HEX.formatHex(digest, 0, 16);
      lastDigits = digits;
    }
    return lastKey;
  }

  /**
   * The person's id of a person key ({@link CellKeys.PersonIds}): hashed once per run of rows of
   * the same person, as the person key is.
   */
  long personId(String personKey) {
    if (!personKey.equals(lastIdKey)) {
      lastId = ids.of(personKey);
      lastIdKey = personKey;
    }
    return lastId;
  }

  /**
   * The case id to keep: as delivered, or, when it holds a CPR number inside a longer number
   * ({@link CprLike#inLongerNumber}), {@value #CASE_PSEUDONYM} and the first 64 bits of the HMAC of
   * {@code "case_id:"} and the case id, as 16 hex digits. An eleven-digit case number may well be
   * legitimate, so the row is kept; the case's rows still share one id (the same key gives the same
   * pseudonym) and the file and line still lead to it. Example: {@code 99010190123477} becomes
   * {@code pseudonym-} followed by 16 hex digits.
   */
  String caseId(String delivered) {
    if (delivered != null && delivered.equals(lastDelivered)) {
      return lastCaseId;
    }
    lastDelivered = delivered;
    lastCaseId = CprLike.inLongerNumber(delivered) ? pseudonym(delivered) : delivered;
    return lastCaseId;
  }

  /**
   * The case id's keyed pseudonym, whatever it holds: also for one that names another citizen of
   * the delivery ({@link NamePairs#mentions}), known only once every file is read.
   */
  String pseudonym(String caseId) {
    byte[] digest = mac.doFinal(("case_id:" + caseId).getBytes(StandardCharsets.UTF_8));
    return CASE_PSEUDONYM + HEX.formatHex(digest, 0, 8);
  }

  static final String CASE_PSEUDONYM = "pseudonym-";
}
