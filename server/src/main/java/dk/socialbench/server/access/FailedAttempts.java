package dk.socialbench.server.access;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed attempts per key (a client address, a token prefix), each key a token bucket: {@code
 * burst} failures at once, then one more each {@code refillEvery}. A key whose bucket is empty is
 * blocked until it refills by one. At most {@code maxKeys} keys are kept, the least recently used
 * forgotten first, so that no number of addresses can exhaust the heap.
 *
 * <p>Example: {@code new FailedAttempts(20, Duration.ofSeconds(30), 50_000, clock)} allows 20 wrong
 * tokens from an address at once, then one every 30 seconds.
 */
final class FailedAttempts {
  private final int burst;
  private final long refillMillis;
  private final Clock clock;
  private final Map<String, Bucket> byKey;

  /** The failures a key may still make, as of {@code at} (epoch milliseconds). */
  private static final class Bucket {
    double left;
    long at;

    Bucket(double left, long at) {
      this.left = left;
      this.at = at;
    }
  }

  FailedAttempts(int burst, Duration refillEvery, int maxKeys, Clock clock) {
    if (burst < 1 || maxKeys < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
      throw new IllegalArgumentException("burst, maxKeys and refillEvery must be positive");
    }
    this.burst = burst;
    this.refillMillis = refillEvery.toMillis();
    this.clock = clock;
    this.byKey =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** How long {@code key} must wait before its next attempt, or empty when it may try now. */
  synchronized Optional<Duration> blocked(String key) {
    Bucket bucket = byKey.get(key);
    if (bucket == null) {
      return Optional.empty();
    }
    refill(bucket);
    if (bucket.left >= 1) {
      if (bucket.left >= burst) {
        byKey.remove(key); // a full bucket is the same as none
      }
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.left) * refillMillis)));
  }

  /** Counts a failure of {@code key}; true when this failure used up its last attempt. */
  synchronized boolean fail(String key) {
    Bucket bucket = byKey.computeIfAbsent(key, k -> new Bucket(burst, clock.millis()));
    refill(bucket);
    boolean hadOne = bucket.left >= 1;
    bucket.left = Math.max(0, bucket.left - 1);
    return hadOne && bucket.left < 1;
  }

  /** Keys remembered now (for tests and the metrics). */
  synchronized int size() {
    return byKey.size();
  }

  private void refill(Bucket bucket) {
    long now = clock.millis();
    if (now > bucket.at) {
      bucket.left = Math.min(burst, bucket.left + (double) (now - bucket.at) / refillMillis);
      bucket.at = now;
    }
  }
}
