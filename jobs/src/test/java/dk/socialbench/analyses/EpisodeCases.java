package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

/**
 * Six citizens whose service episodes the tests of episodes, activity, unit cost and need against
 * cost work out by hand. The data period is 2015-01-01 (A's first registration) to 2017-03-31 (F's
 * last): the whole years are 2015 and 2016, a leap year of 366 days.
 *
 * <pre>
 * A §107  a1: 2015-01-01 1000 kr. (VUM 3), 2016-07-01 1200 kr. (VUM 3); open: runs to the data end
 * B §107  b1: 2015-03-01 2000 kr. (VUM 2); closed 2015-08-31, mid-year; a registration on
 *             2015-10-01 after the closing gives no episode
 * C §107  c1: 2015-06-01 1500 kr. (VUM 4), closed 2016-05-31: crosses New Year;
 *         c2: 2016-04-01 1800 kr. (VUM 3), closed 2016-09-30: overlaps c1 for April and May,
 *             which count once, under c1
 * D §85   d1: 2016-12-31 10 hours (VUM 2), starting on 31 December; 2017-02-01 8 hours; open
 * E §85   e1: 2015-05-01 20 hours (VUM 1), closed 2015-12-31, ending on 31 December
 * F §85   f1 in Ballerup: 2016-01-01 12 hours, 2016-07-01 6 hours, 2017-03-31 6 hours (VUM 3)
 * </pre>
 *
 * Days (both ends included): 2015-01-01..2016-06-30 = 365 + 182; 2016-07-01..2016-12-31 = 184;
 * 2015-03-01..2015-08-31 = 184; 2015-06-01..2015-12-31 = 214; 2016-01-01..2016-05-31 = 152;
 * 2016-06-01..2016-09-30 = 122; 2015-05-01..2015-12-31 = 245.
 */
final class EpisodeCases {
  private EpisodeCases() {}

  static Cases all() {
    return Cases.of(
        Case.in(FREDERIKSBERG, "a1")
            .person("A")
            .registrations(
                sel107(1000).vum(3).on("2015-01-01"), sel107(1200).vum(3).on("2016-07-01")),
        Case.in(FREDERIKSBERG, "b1")
            .person("B")
            .closed("2015-08-31")
            .registrations(
                sel107(2000).vum(2).on("2015-03-01"), sel107(2000).vum(2).on("2015-10-01")),
        Case.in(FREDERIKSBERG, "c1")
            .person("C")
            .closed("2016-05-31")
            .registrations(sel107(1500).vum(4).on("2015-06-01")),
        Case.in(FREDERIKSBERG, "c2")
            .person("C")
            .closed("2016-09-30")
            .registrations(sel107(1800).vum(3).on("2016-04-01")),
        Case.in(FREDERIKSBERG, "d1")
            .person("D")
            .registrations(sel85(10).vum(2).on("2016-12-31"), sel85(8).vum(2).on("2017-02-01")),
        Case.in(FREDERIKSBERG, "e1")
            .person("E")
            .closed("2015-12-31")
            .registrations(sel85(20).vum(1).on("2015-05-01")),
        Case.in(BALLERUP, "f1")
            .person("F")
            .registrations(
                sel85(12).vum(3).on("2016-01-01"),
                sel85(6).vum(3).on("2016-07-01"),
                sel85(6).vum(3).on("2017-03-31")));
  }
}
