package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel85;

import dk.socialbench.contract.CuratedColumn;
import java.sql.Date;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

public class ServiceEpisodesTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final StructType EPISODE =
      new StructType()
          .add("person_key", "string")
          .add("case_id", "string")
          .add("registration_number", "int")
          .add("start_date", "date")
          .add("end_date", "date")
          .add("days", "int")
          .add("ended_by", "string")
          .add("price", "double");

  @Test
  public void each_registration_lasts_to_the_next_the_closing_or_the_end_of_the_data() {
    // See EpisodeCases for the days. B's second registration, after its closing, has none.
    assertRows(
        table(
            EPISODE,
            row("A", "a1", 1, d("2015-01-01"), d("2016-06-30"), 547, "next_registration", 1000.0),
            row("A", "a1", 2, d("2016-07-01"), d("2017-03-31"), 184 + 90, "data_end", 1200.0),
            row("B", "b1", 1, d("2015-03-01"), d("2015-08-31"), 184, "case_closed", 2000.0),
            row("C", "c1", 1, d("2015-06-01"), d("2016-05-31"), 214 + 152, "case_closed", 1500.0),
            row("C", "c2", 1, d("2016-04-01"), d("2016-09-30"), 183, "case_closed", 1800.0),
            row("D", "d1", 1, d("2016-12-31"), d("2017-01-31"), 32, "next_registration", 10.0),
            row("D", "d1", 2, d("2017-02-01"), d("2017-03-31"), 59, "data_end", 8.0),
            row("E", "e1", 1, d("2015-05-01"), d("2015-12-31"), 245, "case_closed", 20.0),
            row("F", "f1", 1, d("2016-01-01"), d("2016-06-30"), 182, "next_registration", 12.0),
            row("F", "f1", 2, d("2016-07-01"), d("2017-03-30"), 273, "next_registration", 6.0),
            row("F", "f1", 3, d("2017-03-31"), d("2017-03-31"), 1, "data_end", 6.0)),
        episodes(EpisodeCases.all()));
  }

  @Test
  public void a_closing_date_counts_unless_the_case_is_marked_not_closed() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "open")
                .set(CuratedColumn.CASE_CLOSED, false)
                .set(CuratedColumn.CLOSED_DATE, d("2015-03-31"))
                .registrations(sel85(10).on("2015-01-01")),
            Case.in(FREDERIKSBERG, "unsaid")
                .set(CuratedColumn.CLOSED_DATE, d("2015-03-31"))
                .registrations(sel85(10).on("2015-01-01"), sel85(10).on("2015-06-30")));
    // The run's data end is 2015-06-30; "unsaid" (case_closed empty) closes on 2015-03-31, and its
    // second registration, after the closing, has no episode.
    assertRows(
        table(
            EPISODE,
            row(
                "person-147-open",
                "open",
                1,
                d("2015-01-01"),
                d("2015-06-30"),
                181,
                "data_end",
                10.0),
            row(
                "person-147-unsaid",
                "unsaid",
                1,
                d("2015-01-01"),
                d("2015-03-31"),
                90,
                "case_closed",
                10.0)),
        episodes(cases));
  }

  private Dataset<Row> episodes(Cases cases) {
    Dataset<Row> e = ServiceEpisodes.of(cases.inputs(spark()));
    return spark().createDataFrame(e.collectAsList(), e.schema());
  }

  private static Date d(String iso) {
    return Date.valueOf(iso);
  }
}
