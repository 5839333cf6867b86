package dk.socialbench.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CprTest {
  @ParameterizedTest(name = "{0} is born {1}")
  @CsvSource({
    "010190-1235, 1990-01-01", // 7th digit 0-3: 1900s
    "0101903235, 1990-01-01", // ten digits
    "010136-4235, 2036-01-01", // 4 and YY <= 36: 2000s
    "010137-4235, 1937-01-01", // 4 and YY > 36: 1900s
    "010136-9235, 2036-01-01", // 9 and YY <= 36: 2000s
    "010137-9235, 1937-01-01", // 9 and YY > 36: 1900s
    "010157-5235, 2057-01-01", // 5-8 and YY <= 57: 2000s
    "010158-8235, 1858-01-01", // 5-8 and YY > 57: 1800s
    "610190-1235, 1990-01-01", // replacement number: day + 60
    "290200-4234, 2000-02-29", // leap day
  })
  void century_rules_give_the_birth_date(String cpr, LocalDate born) {
    assertEquals(born, Cpr.parse(cpr).orElseThrow().birthDate());
  }

  @ParameterizedTest(name = "{0} is rejected")
  @CsvSource({
    "320190-1234",
    "011390-1234",
    "290290-1234",
    "0101901234x",
    "01019-1234",
    "abcdefghij"
  })
  void numbers_without_a_valid_date_or_form_are_rejected(String cpr) {
    assertTrue(Cpr.parse(cpr).isEmpty());
  }

  @Test
  void last_digit_gives_the_sex() {
    assertTrue(Cpr.parse("010190-1235").orElseThrow().male());
    assertFalse(Cpr.parse("010190-1234").orElseThrow().male());
  }

  @Test
  void modulus_eleven_is_not_a_rule() {
    // 010190-1230 fails the modulus-11 check but is a valid number since 2007.
    assertTrue(Cpr.parse("010190-1230").isPresent());
  }

  @Test
  void masked_and_toString_hide_the_serial() {
    Cpr cpr = Cpr.parse("010190-1235").orElseThrow();
    assertEquals("010190-XXXX", cpr.masked());
    assertEquals("010190-XXXX", cpr.toString());
  }

  @ParameterizedTest(name = "formatted {0} parses back")
  @CsvSource({
    "1990-05-17, 123",
    "2001-12-31, 998",
    "1936-03-01, 1",
    "2036-07-07, 555",
    "1899-01-01, 7"
  })
  void format_encodes_the_century(LocalDate born, int serial) {
    Cpr cpr = Cpr.parse(Cpr.format(born, serial)).orElseThrow();
    assertEquals(born, cpr.birthDate());
    assertEquals(serial % 2 == 1, cpr.male());
  }
}
