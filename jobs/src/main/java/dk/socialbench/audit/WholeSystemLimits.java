package dk.socialbench.audit;

/**
 * The time and size limits of the whole-system attacker's CP-SAT step ({@link IntegerSides}), as
 * {@code ./socialbench audit --whole} takes them from its options.
 *
 * <p>Example: {@code new WholeSystemLimits(10, 5, 600, 2, 2_000)} is the default: rounds of 10
 * deterministic seconds of CP-SAT over the whole component, 5 per side's own solve, 600 CPU seconds
 * of the process per component (at 10⁴, 2 per solve and 600 CPU seconds left 542 of 15,826 counts
 * undecided: docs/benchmarks.md 1.43), 2 workers, and neighbourhoods of at most 2,000 counts.
 *
 * @param roundSeconds time of one round over every side left, over the whole component
 * @param sideSeconds time of one side's own solve (a neighbourhood's, or the whole component's)
 * @param budgetSeconds time for one component at most (CPU seconds of the process, or wall seconds
 *     with {@code wallClock}); what is left then stays undecided
 * @param workers CP-SAT's search workers (threads) on the whole component
 * @param maxNeighbourhood a side's neighbourhood grows up to this many free counts; beyond, the
 *     side is left to the whole component's solves
 * @param everySide every side alike (the thirteenth session's order), instead of the sides of the
 *     counts with no side open first and the others in the budget left
 * @param regionSeeds a region is grown from this many counts left at once (1: a ball around one)
 * @param wallClock the budget in wall seconds and each solve's time in wall seconds (the fourteenth
 *     session's limits), instead of the budget in CPU seconds of the process and each solve's time
 *     in CP-SAT's deterministic seconds, which a loaded machine does not shorten
 */
public record WholeSystemLimits(
    double roundSeconds,
    double sideSeconds,
    double budgetSeconds,
    int workers,
    int maxNeighbourhood,
    boolean everySide,
    int regionSeeds,
    boolean wallClock) {
  /** The defaults of {@code audit --whole}. */
  public static final WholeSystemLimits DEFAULTS = new WholeSystemLimits(10, 5, 600, 2, 2_000);

  /** Counts first, as {@code audit --whole} does by default. */
  public WholeSystemLimits(
      double roundSeconds,
      double sideSeconds,
      double budgetSeconds,
      int workers,
      int maxNeighbourhood) {
    this(roundSeconds, sideSeconds, budgetSeconds, workers, maxNeighbourhood, false, 1, false);
  }

  /** The component's budget, on the clock these limits ask for. */
  Budget budget() {
    return wallClock ? Budget.wall(budgetSeconds) : Budget.cpu(budgetSeconds);
  }

  /** Checks every limit up front, naming the option to fix. */
  public WholeSystemLimits {
    positive(roundSeconds, "--round-seconds");
    positive(sideSeconds, "--side-seconds");
    positive(budgetSeconds, "--budget-seconds");
    if (workers < 1) {
      throw new IllegalArgumentException("--workers must be at least 1, not " + workers);
    }
    if (regionSeeds < 1) {
      throw new IllegalArgumentException("--region-seeds must be at least 1, not " + regionSeeds);
    }
    if (maxNeighbourhood < 1) {
      throw new IllegalArgumentException(
          "--max-neighbourhood must be at least 1, not " + maxNeighbourhood);
    }
  }

  private static void positive(double seconds, String option) {
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          option + " must be a positive number of seconds, not " + seconds);
    }
  }
}
