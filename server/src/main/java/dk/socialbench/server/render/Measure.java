package dk.socialbench.server.render;

import dk.socialbench.contract.ResultCodes;

/**
 * What a mean measures, and so how it is written: §107 daily prices in whole kroner, §85 hours and
 * months with one decimal, VUM scores with two.
 */
record Measure(int digits, String axisLabel) {
  static final Measure VUM = new Measure(2, "Gns. VUM-score");
  static final Measure MONTHS = new Measure(1, "Gns. antal måneder");
  static final Measure DAILY_PRICE = new Measure(0, "Gns. dagspris (kr.)");
  static final Measure HOURS = new Measure(1, "Gns. timer pr. måned");

  /** The measure of a service: the daily price for §107, hours per month for §85. */
  static Measure ofService(Object service) {
    return ResultCodes.SEL107.equals(service) ? DAILY_PRICE : HOURS;
  }

  ChartSpec.ValueFormat format() {
    return switch (digits) {
      case 0 -> ChartSpec.ValueFormat.WHOLE;
      case 1 -> ChartSpec.ValueFormat.ONE_DECIMAL;
      default -> ChartSpec.ValueFormat.TWO_DECIMALS;
    };
  }
}
