package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * The random streams of a generation. Each municipality has its own stream derived from (seed,
 * municipality code), so its file is the same whichever thread writes it, and in whatever order.
 */
final class RandomStreams {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private RandomStreams() {}

  static SplittableRandom forMunicipality(long seed, String code) {
    return new SplittableRandom(mix(mix(seed) + code.hashCode() * GOLDEN_GAMMA));
  }

  /** The stream that places the SEP profile's exact counts across all ten municipalities. */
  static SplittableRandom forSepPlan(long seed) {
    return new SplittableRandom(mix(seed ^ 0x5E9_2018L));
  }

  /** A stream that depends on the municipality alone: its file conventions do not vary by seed. */
  static SplittableRandom forConventions(String code) {
    return new SplittableRandom(mix(code.hashCode() * GOLDEN_GAMMA + 0xF11EL));
  }

  /** The SplitMix64 finaliser: spreads nearby seeds over the whole range of longs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
