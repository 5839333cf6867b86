package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The attacker's budget on a clock the test moves by hand (nanoseconds). */
class BudgetTest {
  private final AtomicLong clock = new AtomicLong(1_000);

  @Test
  void a_budget_is_spent_only_past_its_seconds_on_its_own_clock() {
    Budget b = Budget.from(clock::get, 2); // ends at 1,000 + 2·10⁹ ns
    clock.set(1_000 + 2_000_000_000L);
    assertFalse(b.spent());
    clock.set(1_000 + 2_000_000_001L);
    assertTrue(b.spent());
  }

  @Test
  void half_a_budget_is_half_of_what_is_left() {
    Budget b = Budget.from(clock::get, 10); // ends at 1,000 + 10·10⁹
    clock.set(1_000 + 4_000_000_000L); // 6 s left: half ends 3 s from now, at 7·10⁹ + 1,000
    Budget half = b.half();
    clock.set(1_000 + 7_000_000_000L);
    assertFalse(half.spent());
    clock.set(1_000 + 7_000_000_001L);
    assertTrue(half.spent());
    assertFalse(b.spent());
  }

  @Test
  void the_cpu_clock_moves_with_work_done() {
    long before = Budget.processCpuNanos();
    long sink = 0;
    for (int i = 0; i < 50_000_000; i++) {
      sink += i % 7;
    }
    assertTrue(sink > 0);
    assertTrue(Budget.processCpuNanos() > before);
    assertFalse(Budget.unlimited().spent());
  }
}
