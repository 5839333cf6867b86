package dk.socialbench.server.comparison;

/**
 * The 97.5% quantile of Student's t, as the jobs compute it for the published intervals (a table up
 * to 30 degrees of freedom, then Abramowitz & Stegun 26.7.5): the server must use the same numbers
 * to take a published interval apart again, and it has no Spark to share the jobs' code.
 */
final class StudentT {
  private static final double Z = 1.959963984540054;

  private static final double[] T_975 = {
    12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
    2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922,
    2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
    2.048407, 2.045230, 2.042272
  };

  private StudentT() {}

  /** t(0.975, df) for df ≥ 1. */
  static double t975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom < 1: " + df);
    }
    if (df <= T_975.length) {
      return T_975[(int) df - 1];
    }
    double d = df;
    double z = Z;
    return z
        + (Math.pow(z, 3) + z) / (4 * d)
        + (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / (96 * d * d)
        + (3 * Math.pow(z, 7) + 19 * Math.pow(z, 5) + 17 * Math.pow(z, 3) - 15 * z)
            / (384 * d * d * d)
        + (79 * Math.pow(z, 9)
                + 776 * Math.pow(z, 7)
                + 1482 * Math.pow(z, 5)
                - 1920 * Math.pow(z, 3)
                - 945 * z)
            / (92160 * d * d * d * d);
  }

  /** The normal quantile the Wilson interval uses. */
  static double z975() {
    return Z;
  }
}
