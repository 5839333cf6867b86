package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * 95% intervals as Spark column expressions (no UDFs): Wilson for proportions, Student's t for
 * means. The Wilson interval stays inside [0, 1] and behaves for small n and for shares of 0 or 1,
 * where the usual normal interval does not.
 */
final class Intervals {
  private Intervals() {}

  static final double Z = 1.959963984540054;

  /** t(0.975, df) for df = 1..30; beyond, a Cornish-Fisher expansion of the normal quantile. */
  private static final double[] T_975 = {
    12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
    2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922,
    2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
    2.048407, 2.045230, 2.042272
  };

  /** Lower bound of the Wilson interval for {@code x} of {@code n}. */
  static Column wilsonLow(Column x, Column n) {
    return wilson(x, n, -1);
  }

  static Column wilsonHigh(Column x, Column n) {
    return wilson(x, n, 1);
  }

  private static Column wilson(Column x, Column n, int sign) {
    Column p = x.cast("double").divide(n);
    Column z2n = lit(Z * Z).divide(n);
    Column centre = p.plus(z2n.divide(2));
    Column half =
        lit(Z)
            .multiply(sqrt(p.multiply(lit(1).minus(p)).divide(n).plus(z2n.divide(n.multiply(4)))));
    Column bound = centre.plus(half.multiply(sign)).divide(lit(1).plus(z2n));
    return when(n.gt(0), bound);
  }

  /** The 97.5% quantile of Student's t with {@code df} degrees of freedom. */
  static Column t975(Column df) {
    Column[] table = new Column[T_975.length];
    for (int i = 0; i < table.length; i++) {
      table[i] = lit(T_975[i]);
    }
    // Abramowitz & Stegun 26.7.5 to the 1/df^4 term: within 3e-8 of t(0.975) from df = 30 on. Two
    // terms alone are 9e-5 off at df = 31, more than the table's precision.
    double z = Z;
    Column d = df.cast("double");
    Column expansion =
        lit(z)
            .plus(lit(Math.pow(z, 3) + z).divide(d.multiply(4)))
            .plus(
                lit(5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z)
                    .divide(pow(d, 2).multiply(96)))
            .plus(
                lit(3 * Math.pow(z, 7) + 19 * Math.pow(z, 5) + 17 * Math.pow(z, 3) - 15 * z)
                    .divide(pow(d, 3).multiply(384)))
            .plus(
                lit(79 * Math.pow(z, 9)
                        + 776 * Math.pow(z, 7)
                        + 1482 * Math.pow(z, 5)
                        - 1920 * Math.pow(z, 3)
                        - 945 * z)
                    .divide(pow(d, 4).multiply(92160)));
    return when(df.between(1, T_975.length), element_at(array(table), df.cast("int")))
        .when(df.gt(T_975.length), expansion);
  }

  /** Lower bound of the t interval of a mean: {@code mean - t * sd / sqrt(n)}; null for n < 2. */
  static Column meanLow(Column mean, Column sd, Column n) {
    return when(n.gt(1), mean.minus(t975(n.minus(1)).multiply(sd).divide(sqrt(n))));
  }

  static Column meanHigh(Column mean, Column sd, Column n) {
    return when(n.gt(1), mean.plus(t975(n.minus(1)).multiply(sd).divide(sqrt(n))));
  }
}
