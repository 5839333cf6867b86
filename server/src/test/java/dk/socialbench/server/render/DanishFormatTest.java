package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DanishFormatTest {
  @Test
  void writes_numbers_with_decimal_comma_and_thousands_point() {
    assertEquals("1.234,5", DanishFormat.decimal(1234.46, 1));
    assertEquals("2,40", DanishFormat.decimal(2.4, 2));
    assertEquals("12.345", DanishFormat.count(12345L));
    assertEquals("", DanishFormat.count(null));
  }

  @Test
  void writes_shares_as_whole_percentages_with_a_space() {
    assertEquals("93 %", DanishFormat.share(0.9312));
    assertEquals("88–97 %", DanishFormat.shareInterval(0.876, 0.971));
    assertEquals("", DanishFormat.shareInterval(null, 0.5));
    assertEquals("2,1–2,7", DanishFormat.interval(2.08, 2.71, 1));
  }

  @Test
  void writes_dates_in_danish_on_copenhagen_time() {
    assertEquals("3. januar 2016", DanishFormat.longDate(LocalDate.of(2016, 1, 3)));
    assertEquals("03-01-2016", DanishFormat.shortDate(LocalDate.of(2016, 1, 3)));
    // 23:30 UTC on new year's eve is already the next year in Copenhagen.
    assertEquals(
        "1. januar 2027 kl. 00.30", DanishFormat.dateTime(Instant.parse("2026-12-31T23:30:00Z")));
    assertEquals("ukendt", DanishFormat.period(null, LocalDate.of(2016, 1, 3)));
  }

  @Test
  void names_vum_scores_and_registrations_as_a_reader_says_them() {
    assertEquals("VUM 3,5", CategoryLabels.of("vum_from", 3.5));
    assertEquals("VUM 2", CategoryLabels.of("vum_score", 2.0));
    assertEquals("Fra 1. til 2. registrering", CategoryLabels.of("from_registration", 1));
    assertEquals("1. → 2. reg.", CategoryLabels.of("registration_number", 2));
    // A first registration that follows up a visitation before the data.
    assertEquals("Tidligere → 1. reg.", CategoryLabels.of("registration_number", 1));
    // The stage value 0 pools every registration number.
    assertEquals("Alle registreringer", CategoryLabels.of("registration_number", 0));
    assertEquals("Alle registreringer", CategoryLabels.of("from_registration", 0));
    assertEquals("Mindst 3", CategoryLabels.of("min_registrations", 3));
    assertEquals("Forbedret", CategoryLabels.of("direction", "improved"));
  }
}
