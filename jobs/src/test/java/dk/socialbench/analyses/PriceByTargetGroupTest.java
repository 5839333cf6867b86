package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class PriceByTargetGroupTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final String COGNITIVE = "intellectual_cognitive";
  private static final String MENTAL = "mental_illness";

  @Test
  public void daily_price_and_hours_are_averaged_by_target_group() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").targetGroup(COGNITIVE).registrations(sel85(20)),
            Case.in(FREDERIKSBERG, "b").targetGroup(COGNITIVE).registrations(sel85(30)),
            Case.in(FREDERIKSBERG, "c").targetGroup(MENTAL).registrations(sel85(10)),
            Case.in(BALLERUP, "d").targetGroup(MENTAL).registrations(sel85(20)),
            Case.in(BALLERUP, "e").targetGroup(MENTAL).registrations(sel107(1600)),
            Case.in(BALLERUP, "f").targetGroup("physical").registrations(sel107(2000)));

    // §85 mental illness for all: 10 and 20, sd √50, t(1) = 12.706205, half-width 12.706205 · 5 =
    // 63.531025: [-48.5, 78.5], cut at 0 hours (the t interval of a mean of hours can reach below 0
    // for two spread values; the hours cannot).
    assertResult(
        PriceByGroup.byTargetGroup(),
        cases,
        row(FREDERIKSBERG, "SEL85", COGNITIVE, 2L, 25.0, 25.0, 0.0, 88.5, 25.0),
        row(FREDERIKSBERG, "SEL85", MENTAL, 1L, 10.0, 10.0, null, null, 10.0),
        row(BALLERUP, "SEL85", MENTAL, 1L, 20.0, 20.0, null, null, 20.0),
        row(BALLERUP, "SEL107", MENTAL, 1L, 1600.0, 1600.0, null, null, null),
        row(BALLERUP, "SEL107", "physical", 1L, 2000.0, 2000.0, null, null, null),
        row(ALL, "SEL85", COGNITIVE, 2L, 25.0, 25.0, 0.0, 88.5, 25.0),
        row(ALL, "SEL85", MENTAL, 2L, 15.0, 15.0, 0.0, 78.5, 15.0),
        row(ALL, "SEL107", MENTAL, 1L, 1600.0, 1600.0, null, null, null),
        row(ALL, "SEL107", "physical", 1L, 2000.0, 2000.0, null, null, null));
  }
}
