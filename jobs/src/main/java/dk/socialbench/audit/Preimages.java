package dk.socialbench.audit;

import dk.socialbench.publish.PerturbationTable;

/**
 * The perturbation table read backwards, as an attacker who knows the table (it is public) reads
 * it: the true counts a published count can come from. Worked out from {@link PerturbationTable}
 * itself by trying a key in every slice of its distributions (every probability of the table is a
 * multiple of 1/20, so the middles of twenty equal slices of [0, 1) meet every entry).
 *
 * <p>Example: a published 0 comes from 0 to 5 persons, a published 5 from 1 to 7.
 */
final class Preimages {
  private static final int SLICES = 20;

  /** A published count differs from its truth by at most this (5 persons published as 0). */
  private static final int MAX_NOISE = 10;

  private final PerturbationTable table;
  private final int threshold;

  /**
   * Each published count's lowest and highest preimage, once worked out: a system has tens of
   * thousands of counts but few distinct values, and each is read on every propagation.
   */
  private final java.util.Map<Long, long[]> preimages =
      new java.util.concurrent.ConcurrentHashMap<>();

  Preimages(PerturbationTable table) {
    this.table = table;
    int smallest = Integer.MAX_VALUE;
    for (int n = 1; n <= MAX_NOISE; n++) {
      for (int s = 0; s < SLICES; s++) {
        long p = table.published(n, probe(s));
        if (p > 0) {
          smallest = (int) Math.min(smallest, p);
        }
      }
    }
    this.threshold = smallest;
  }

  /** The smallest count ever published other than 0: 5 for the table of the product. */
  int threshold() {
    return threshold;
  }

  /** The smallest true count that can be published as {@code p}, or -1 if none can. */
  long lowest(long p) {
    return preimage(p)[0];
  }

  /** The largest true count that can be published as {@code p}, or -1 if none can. */
  long highest(long p) {
    return preimage(p)[1];
  }

  private long[] preimage(long p) {
    return preimages.computeIfAbsent(p, q -> new long[] {searchLowest(q), searchHighest(q)});
  }

  private long searchLowest(long p) {
    for (long n = Math.max(0, p - MAX_NOISE); n <= p + MAX_NOISE; n++) {
      if (canGive(n, p)) {
        return n;
      }
    }
    return -1;
  }

  private long searchHighest(long p) {
    for (long n = p + MAX_NOISE; n >= Math.max(0, p - MAX_NOISE); n--) {
      if (canGive(n, p)) {
        return n;
      }
    }
    return -1;
  }

  private boolean canGive(long n, long p) {
    for (int s = 0; s < SLICES; s++) {
      if (table.published(n, probe(s)) == p) {
        return true;
      }
    }
    return false;
  }

  private static long probe(int slice) {
    return (long) ((slice + 0.5) / SLICES * PerturbationTable.KEYS);
  }
}
