package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.NOT_RELEVANT;
import static dk.socialbench.analyses.Registration.PARTIALLY;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ProgressionByPriceTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void price_goal_fulfilment_and_vum_improvement_are_given_side_by_side_per_service() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).vum(3).goal(IMPROVEMENT), sel85(10).vum(2).judged(FULLY)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(20).vum(2).goal(IMPROVEMENT), sel85(20).vum(3).judged(NOT)),
            // Not yet followed up: in the price, in neither share.
            Case.in(FREDERIKSBERG, "c").registrations(sel85(30).vum(2).goal(IMPROVEMENT)),
            // Judged not relevant: not a goal case, still a VUM case (worsened).
            Case.in(FREDERIKSBERG, "d")
                .registrations(
                    sel85(20).vum(2).goal(IMPROVEMENT), sel85(20).vum(3).judged(NOT_RELEVANT)),
            Case.in(BALLERUP, "e")
                .registrations(
                    sel107(1500).vum(3).goal(IMPROVEMENT), sel107(1500).vum(3).judged(PARTIALLY)),
            Case.in(BALLERUP, "f").registrations(sel85(15).vum(2)));

    // Frederiksberg §85: hours 10, 20, 30, 20: mean 20, sd √(200/3), t(3) = 3.182446, half-width
    // 12.992281; goals 1 of 2 fulfilled; VUM improved in 1 of 3. Frederiksberg has no §107 row.
    // Ballerup §85: no goal and no second registration: shares and intervals are null. Hours to
    // 0.1,
    // kroner whole, shares and Wilson intervals to 3 decimals (1 of 2: 0.5 [0.095, 0.905]).
    assertResult(
        new ProgressionByPrice(),
        cases,
        row(
            FREDERIKSBERG,
            "SEL85",
            price(4, 20.0, 7.0, 33.0),
            share(2, 1, 0.5, 0.095, 0.905),
            share(3, 1, 0.333, 0.061, 0.792)),
        row(
            BALLERUP,
            "SEL107",
            price(1, 1500.0, null, null),
            share(1, 1, 1.0, 0.207, 1.0),
            share(1, 0, 0.0, 0.0, 0.793)),
        row(
            BALLERUP,
            "SEL85",
            price(1, 15.0, null, null),
            share(0, 0, null, null, null),
            share(0, 0, null, null, null)),
        row(
            ALL,
            "SEL85",
            price(5, 19.0, 9.8, 28.2),
            share(2, 1, 0.5, 0.095, 0.905),
            share(3, 1, 0.333, 0.061, 0.792)),
        row(
            ALL,
            "SEL107",
            price(1, 1500.0, null, null),
            share(1, 1, 1.0, 0.207, 1.0),
            share(1, 0, 0.0, 0.0, 0.793)));
  }

  /** A row: the municipality and service, then the price, goal and VUM columns in order. */
  private static Object[] row(
      String municipality, String service, Object[] price, Object[] goals, Object[] vum) {
    List<Object> values = new ArrayList<>(List.of(municipality, service));
    values.addAll(Arrays.asList(price));
    values.addAll(Arrays.asList(goals));
    values.addAll(Arrays.asList(vum));
    return values.toArray();
  }

  /** Cases with a price, the mean and its interval. */
  private static Object[] price(long cases, double mean, Double low, Double high) {
    return new Object[] {cases, mean, low, high};
  }

  /** Units, how many of them count, the share and its interval. */
  private static Object[] share(long units, long counted, Double share, Double low, Double high) {
    return new Object[] {units, counted, share, low, high};
  }
}
