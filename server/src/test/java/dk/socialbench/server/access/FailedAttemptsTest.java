package dk.socialbench.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  // 3 failures at once, then one more every 10 s
  final FailedAttempts attempts = new FailedAttempts(3, Duration.ofSeconds(10), 3, clock);

  @Test
  void a_key_is_blocked_after_its_burst_until_one_failure_has_refilled() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.empty(), attempts.blocked("10.0.0.1"));
      assertEquals(i == 2, attempts.fail("10.0.0.1"), "the third failure uses up the last");
    }

    assertEquals(Optional.of(Duration.ofSeconds(10)), attempts.blocked("10.0.0.1"));
    clock.advance(Duration.ofSeconds(4)); // 0.4 refilled: 0.6 × 10 s to go
    assertEquals(Optional.of(Duration.ofSeconds(6)), attempts.blocked("10.0.0.1"));
    clock.advance(Duration.ofSeconds(6)); // 1.0 refilled: one more try
    assertEquals(Optional.empty(), attempts.blocked("10.0.0.1"));
    attempts.fail("10.0.0.1");
    assertEquals(Optional.of(Duration.ofSeconds(10)), attempts.blocked("10.0.0.1"));
  }

  @Test
  void other_keys_are_not_blocked_by_one() {
    for (int i = 0; i < 3; i++) {
      attempts.fail("10.0.0.1");
    }

    assertEquals(Optional.empty(), attempts.blocked("10.0.0.2"));
  }

  @Test
  void a_bucket_that_has_refilled_is_forgotten() {
    attempts.fail("10.0.0.1");
    assertEquals(1, attempts.size());

    clock.advance(Duration.ofSeconds(10)); // 2 + 1 = 3, full again
    attempts.blocked("10.0.0.1");

    assertEquals(0, attempts.size());
  }

  @Test
  void at_most_max_keys_are_kept_the_least_recently_used_forgotten() {
    attempts.fail("a");
    attempts.fail("b");
    attempts.fail("c");
    attempts.blocked("a"); // a is used again: b is now the least recently used
    attempts.fail("d");

    assertEquals(3, attempts.size());
    attempts.fail("a");
    attempts.fail("a");
    assertEquals(Optional.of(Duration.ofSeconds(10)), attempts.blocked("a"));
    // b was forgotten: two more failures leave it one to go, not blocked
    attempts.fail("b");
    attempts.fail("b");
    assertEquals(Optional.empty(), attempts.blocked("b"));
  }
}
