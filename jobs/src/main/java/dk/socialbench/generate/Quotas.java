package dk.socialbench.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Exact counts: splitting a total by weights, and filling a quota from candidates with weighted
 * chances, so that published totals hold exactly while traits still go together plausibly.
 */
final class Quotas {
  private Quotas() {}

  /**
   * Splits {@code total} in proportion to {@code weights} (largest remainder), giving every share
   * at least {@code minimum}.
   */
  static long[] apportion(double[] weights, long total, long minimum) {
    int n = weights.length;
    if (total < minimum * n) {
      throw new IllegalArgumentException(
          total + " cannot give " + n + " shares " + minimum + " each");
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long spare = total - minimum * n;
    long[] shares = new long[n];
    double[] remainders = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double exact = spare * weights[i] / sum;
      shares[i] = minimum + (long) Math.floor(exact);
      remainders[i] = exact - Math.floor(exact);
      given += shares[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
    for (int i = 0; given < total; i++, given++) {
      shares[order.get(i % n)]++;
    }
    return shares;
  }

  /**
   * Takes exactly {@code count} of the candidates out of the list, each with a chance proportional
   * to its weight (weighted sampling without replacement, Efraimidis and Spirakis 2006).
   *
   * @return the slots taken, in the order of the candidate list
   */
  static List<Integer> take(
      List<Integer> candidates, int count, IntToDoubleFunction weight, SplittableRandom rng) {
    if (count > candidates.size()) {
      throw new IllegalStateException(
          "quota of " + count + " exceeds the " + candidates.size() + " candidates left");
    }
    double[] keys = new double[candidates.size()];
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      double w = weight.applyAsDouble(candidates.get(i));
      keys[i] = w > 0 ? Math.log(rng.nextDouble()) / w : Double.NEGATIVE_INFINITY;
      positions.add(i);
    }
    positions.sort(Comparator.comparingDouble((Integer i) -> -keys[i]).thenComparing(i -> i));
    boolean[] taken = new boolean[keys.length];
    for (int i = 0; i < count; i++) {
      taken[positions.get(i)] = true;
    }
    List<Integer> chosen = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      (taken[i] ? chosen : rest).add(candidates.get(i));
    }
    candidates.clear();
    candidates.addAll(rest);
    return chosen;
  }

  /** A Fisher-Yates shuffle driven by {@code rng}, so the order depends on the seed alone. */
  static <T> void shuffle(List<T> items, SplittableRandom rng) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }
}
