package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.junit.jupiter.api.Test;

/**
 * Parsing hands Spark its internal rows: a date must be the same number of days that Spark made of
 * the {@code java.sql.Date} a {@code Row} held before.
 */
class ParsedRowsTest {
  /** Days since 1970-01-01 worked out with python3: {@code (date(y, m, d) - date(1970, 1, 1))}. */
  @Test
  void a_date_is_its_days_since_1970() {
    assertEquals(0, ParsedRows.days(LocalDate.of(1970, 1, 1)));
    assertEquals(20794, ParsedRows.days(LocalDate.of(2026, 12, 7)));
    assertEquals(16495, ParsedRows.days(LocalDate.of(2015, 3, 1)));
    assertEquals(-25567, ParsedRows.days(LocalDate.of(1900, 1, 1)));
    assertEquals(-25568, ParsedRows.days(LocalDate.of(1899, 12, 31)));
    assertNull(ParsedRows.days(null));
  }

  /**
   * Dates of every year a date cell can spell (one to four digits), every day from 1800 to 2200,
   * against Spark's own conversion.
   */
  @Test
  void every_date_is_the_days_spark_made_of_a_java_sql_date() {
    for (LocalDate d = LocalDate.of(0, 1, 1);
        d.getYear() <= 9999;
        d = d.plusDays(d.getYear() < 1800 || d.getYear() > 2200 ? 13 : 1)) {
      LocalDate day = d;
      assertEquals(
          DateTimeUtils.fromJavaDate(Date.valueOf(day)), ParsedRows.days(day), () -> "date " + day);
    }
  }
}
