package dk.socialbench.server.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tokens the server accepts, held as hashes (see {@link TokenFile}). A presented token is
 * hashed and looked up, so the plain tokens are never kept.
 */
public final class AccessTokens {
  private final Map<String, Principal> byHash;

  private AccessTokens(Map<String, Principal> byHash) {
    this.byHash = Map.copyOf(byHash);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The principal of {@code token}, or empty for an unknown one. */
  public Optional<Principal> resolve(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byHash.get(TokenFile.hash(token)));
  }

  public boolean isEmpty() {
    return byHash.isEmpty();
  }

  public int size() {
    return byHash.size();
  }

  /** Collects tokens from files, the environment and demo mode. */
  public static final class Builder {
    private final Map<String, Principal> byHash = new LinkedHashMap<>();

    private Builder() {}

    /** Adds hashes as read by {@link TokenFile#read}. */
    public Builder addHashes(Map<String, Principal> hashes) {
      byHash.putAll(hashes);
      return this;
    }

    /** Adds a plain token (from the environment or demo mode); only its hash is kept. */
    public Builder addToken(String token, Principal principal) {
      byHash.put(TokenFile.hash(token), principal);
      return this;
    }

    public AccessTokens build() {
      return new AccessTokens(byHash);
    }
  }
}
