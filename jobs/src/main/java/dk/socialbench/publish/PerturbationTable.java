package dk.socialbench.publish;

/**
 * The cell-key method's perturbation table (the method of the 2021 EU census, Eurostat's
 * recommendation for census tables): a published count is its true count plus a small noise that
 * the cell's key picks from a fixed distribution. The same persons give the same cell key, so the
 * same cell is published with the same number in every table and every run; no count of 1 to 4 is
 * ever published, and an empty cell cannot be told from a small one.
 *
 * <p>The table (threshold 5), each row unbiased (its noise has mean 0):
 *
 * <ul>
 *   <li>0 persons: 0.
 *   <li>1–4 persons (n): 5 with probability n/5, else 0.
 *   <li>5: 0 (0.05), 5 (0.75), 6 (0.15), 7 (0.05).
 *   <li>6: 5 (0.25), 6 (0.55), 7 (0.15), 8 (0.05).
 *   <li>7 and more (n): n − 2 (0.05), n − 1 (0.20), n (0.50), n + 1 (0.20), n + 2 (0.05).
 * </ul>
 *
 * The table is public (docs/privacy.md); what protects is that the cell key, a sum of keyed
 * per-person numbers, cannot be computed without the persons and the pseudonymisation key.
 */
public final class PerturbationTable {
  /** Cell keys lie in [0, 2^32). */
  public static final long KEYS = 1L << 32;

  private static final int THRESHOLD = 5;

  private static final int[] LARGE_NOISE = {-2, -1, 0, 1, 2};
  private static final double[] LARGE_P = {0.05, 0.20, 0.50, 0.20, 0.05};

  /** The published count of a cell of {@code persons} persons whose cell key is {@code key}. */
  public long published(long persons, long key) {
    if (persons < 0) {
      throw new IllegalArgumentException("persons must be >= 0, got " + persons);
    }
    if (key < 0 || key >= KEYS) {
      throw new IllegalArgumentException("cell key must lie in [0, 2^32), got " + key);
    }
    double u = (double) key / KEYS;
    if (persons == 0) {
      return 0;
    }
    if (persons < THRESHOLD) {
      return u < (double) persons / THRESHOLD ? THRESHOLD : 0;
    }
    if (persons == 5) {
      return pick(u, new long[] {0, 5, 6, 7}, new double[] {0.05, 0.75, 0.15, 0.05});
    }
    if (persons == 6) {
      return pick(u, new long[] {5, 6, 7, 8}, new double[] {0.25, 0.55, 0.15, 0.05});
    }
    long[] values = new long[LARGE_NOISE.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = persons + LARGE_NOISE[i];
    }
    return pick(u, values, LARGE_P);
  }

  /** The value whose slice of [0, 1), in the order given, holds {@code u}. */
  private static long pick(double u, long[] values, double[] p) {
    double upTo = 0;
    for (int i = 0; i < values.length - 1; i++) {
      upTo += p[i];
      if (u < upTo) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
