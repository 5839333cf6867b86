package dk.socialbench.generate;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relative caseloads of the 98 municipalities for the national profile, skewed like Denmark's: the
 * biggest about 10 times the median. A synthetic skew by rank, not populations: the four big cities
 * rank first, the four small islands last, the rest in a fixed pseudo-random order.
 */
final class MunicipalitySizes {
  /** København, Aarhus, Aalborg, Odense. */
  private static final List<String> LARGEST = List.of("101", "751", "851", "461");

  /** Ærø, Samsø, Fanø, Læsø (smallest last). */
  private static final List<String> SMALLEST = List.of("492", "741", "563", "825");

  /** The biggest municipality's weight relative to the median one's. */
  static final double BIGGEST_TO_MEDIAN = 10;

  private static final Map<String, Double> WEIGHTS = weights();

  private MunicipalitySizes() {}

  static double weight(String code) {
    Double w = WEIGHTS.get(code);
    if (w == null) {
      throw new IllegalArgumentException("unknown municipality code " + code);
    }
    return w;
  }

  /**
   * Weight by rank r of n: the odds p / (1 - p) of the rank's quantile p = 1 - (r - 0.5) / n,
   * raised to a power that makes the top weight {@link #BIGGEST_TO_MEDIAN} times the median (1).
   */
  private static Map<String, Double> weights() {
    List<String> ranked = ranking();
    int n = ranked.size();
    double topOdds = (n - 0.5) / 0.5;
    double power = Math.log(BIGGEST_TO_MEDIAN) / Math.log(topOdds);
    Map<String, Double> weights = new HashMap<>();
    for (int r = 1; r <= n; r++) {
      double p = 1 - (r - 0.5) / n;
      weights.put(ranked.get(r - 1), Math.pow(p / (1 - p), power));
    }
    return weights;
  }

  private static List<String> ranking() {
    List<String> middle = new ArrayList<>();
    for (Municipality m : Municipalities.danish().all()) {
      if (!LARGEST.contains(m.code()) && !SMALLEST.contains(m.code())) {
        middle.add(m.code());
      }
    }
    middle.sort(Comparator.comparingLong(code -> RandomStreams.mix(code.hashCode())));
    List<String> ranked = new ArrayList<>(LARGEST);
    ranked.addAll(middle);
    ranked.addAll(SMALLEST);
    return ranked;
  }
}
