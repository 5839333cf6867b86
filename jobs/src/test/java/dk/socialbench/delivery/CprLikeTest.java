package dk.socialbench.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprLikeTest {
  /**
   * Every spelling of 01 Jan 1990, serial 1234, a caseworker or a spreadsheet has been seen to use.
   */
  @ParameterizedTest(name = "found in \"{0}\"")
  @ValueSource(
      strings = {
        "0101901234",
        "010190-1234",
        "01.01.90-1234",
        "01-01-90-1234",
        "01.01.90 1234",
        "010190\u20131234", // en dash
        "010190\u20141234", // em dash
        "010190\u20101234", // Unicode hyphen
        "010190\u22121234", // minus sign
        "01 01 90 12 34",
        "010190 12 34",
        "010190 - 1234",
        "010190 1234",
        "010190\u00A01234", // no-break space
        "010190\u202F1234", // narrow no-break space
        "010190\t1234",
        "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF0D\uFF11\uFF12\uFF13\uFF14", // full-width
        "\u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664", // Arabic-Indic digits
        "\u24EA\u2460\u24EA\u2460\u2468\u24EA-\u2460\u2461\u2462\u2463", // circled digits
        "\uD835\uDFCE\uD835\uDFCF\uD835\uDFCE\uD835\uDFCF\uD835\uDFD7\uD835\uDFCE"
            + "-\uD835\uDFCF\uD835\uDFD0\uD835\uDFD1\uD835\uDFD2", // mathematical bold digits
        "010190/1234",
        "010190_1234",
        "010190.1234",
        "(010190-1234)",
        "cpr:0101901234",
        "Jens0101901234",
        "borger 010190-1234, 5 timer",
        "12 010190 1234",
        "610190-1234", // replacement number: day + 60
        "101901234", // a spreadsheet dropped the leading zero
        "010190\u200B\u200B-\u200B\u200B1234", // zero-width spaces around the dash
        "0101\u00AD90\u2060-1234", // soft hyphen, word joiner
        "0\u030110190-1234", // a combining accent on a digit
        "010190  -  1234", // white space runs count as one character
        "101.901.234", // stored as a number, shown with thousands separators
        "101,901,234",
        "101 901 234",
        "1.01901234E8", // stored as a number, written by a program
        "1,01901234E8",
        "01-01-1990-1234", // the year with four digits
        "01.01.1990 1234",
        "01011990-1234",
        "=\"010190\"&\"-1234\"", // a formula typed as text
        "1.0190123400E8" // as a program writes a double with fixed digits
      })
  void every_spelling_of_a_cpr_number_is_found_and_replaced(String text) {
    assertTrue(CprLike.in(text));
    String masked = CprLike.replaceAll(text, "[fjernet]");
    assertTrue(masked.contains("[fjernet]"), masked);
    assertFalse(digitsOf(masked).contains("1234"), masked);
  }

  /** Values deliveries hold every day: none may be taken for a CPR number. */
  @ParameterizedTest(name = "left alone: \"{0}\"")
  @ValueSource(
      strings = {
        "2015-03-01",
        "01-03-2015",
        "1-3-2015",
        "2015-01-01 10:30",
        "01-01-2015 10:30",
        "1850,50",
        "1.250,50",
        "12,5",
        "3,5",
        "27.24.00-G01-1000-14",
        "S2014-001000",
        "S2009-001000",
        "153-0001000",
        "101-0001000",
        "KK-1001",
        "Støttecentret, Team Øst",
        "Bostøtten Testesensvej 12, 2. th.",
        "+45 33 12 34 56",
        "320190-1234", // no 32nd day
        "011390-1234", // no 13th month
        "0101-901234", // split where no one splits a CPR number
        "1.250.000", // a price with thousands separators
        "12.345.678",
        "1.250.000,50",
        "2,5E3",
        "01-03-2015 10:30"
      })
  void dates_prices_case_numbers_and_providers_are_left_alone(String text) {
    assertFalse(CprLike.in(text));
    assertSame(text, CprLike.replaceAll(text, "[fjernet]"));
  }

  /**
   * A ten-digit CPR number (day 10, month 01) as a spreadsheet shows it with thousands separators,
   * and as a program writes it as a floating-point number.
   */
  @ParameterizedTest(name = "found in \"{0}\"")
  @ValueSource(strings = {"1.001.901.234", "1,001,901,234", "1 001 901 234", "1.001901234E9"})
  void a_ten_digit_number_shown_as_a_number_is_found(String text) {
    assertTrue(CprLike.in(text));
    assertEquals("x [fjernet] y", CprLike.replaceAll("x " + text + " y", "[fjernet]"));
  }

  @Test
  void a_run_of_ten_digits_or_more_may_hide_one() {
    assertTrue(CprLike.inLongNumber("99010190123477"));
    assertTrue(CprLike.inLongNumber("+450101901234"));
    assertTrue(
        CprLike.inLongNumber("\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14"));
    assertFalse(CprLike.inLongNumber("1850,50"));
    assertFalse(CprLike.inLongNumber("153-0001000"));
    assertFalse(CprLike.inLongNumber("S2014-001000"));
    assertFalse(CprLike.inLongNumber("123456789"));
    assertFalse(CprLike.inLongNumber(null));
  }

  /**
   * Eleven digits or more with ten in them whose first four are a day and month; worked out by
   * hand: {@code 12345678901} has windows 1234567890 (day 12, month 34) and 2345678901 (day 23,
   * month 45), {@code 5790000123456} none with a month 01-12.
   */
  @Test
  void a_longer_number_with_a_cpr_number_in_it_is_found_and_replaced_whole() {
    assertTrue(CprLike.inLongerNumber("99010190123477"));
    assertTrue(CprLike.inLongerNumber("tlf +450101901234"));
    assertTrue(
        CprLike.inLongerNumber(
            "\uFF19\uFF19\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13"));
    assertFalse(CprLike.inLongerNumber("0101901234")); // ten digits: CprLike.in's
    assertFalse(CprLike.inLongerNumber("12345678901"));
    assertFalse(CprLike.inLongerNumber("5790000123456"));
    assertTrue(CprLike.inLongerNumber("010190-123477"));
    assertFalse(CprLike.inLongerNumber("2015-03-01 1234567")); // a date, then a number
    assertFalse(CprLike.inLongerNumber(null));
    assertEquals(
        "ring [fjernet] eller +[fjernet].",
        CprLike.replaceAll("ring 99010190123477 eller +450101901234.", "[fjernet]"));
    assertEquals("[fjernet] i dag", CprLike.replaceAll("010190-12345678901 i dag", "[fjernet]"));
    assertEquals("[fjernet]", CprLike.replaceAll("99010190-1234", "[fjernet]"));
    // Eleven digits were left alone before issue 12's twelfth session; now masked in free text.
    assertFalse(CprLike.in("01019012345"));
    assertEquals("[fjernet]", CprLike.replaceAll("01019012345", "[fjernet]"));
    String ean = "EAN 5790000123456";
    assertSame(ean, CprLike.replaceAll(ean, "[fjernet]"));
  }

  /**
   * {@link CprLike#inValue} normalises once what {@code in} and {@code inLongNumber} normalised
   * each: the same answer for every cell of the bundled samples, and of the CSV files under the
   * directory {@code -Dcprlike.cells=DIR} names (a generated delivery, say).
   */
  @Test
  void one_pass_answers_as_both_checks_did() throws IOException {
    List<Path> roots = new ArrayList<>(List.of(Path.of("..", "data-samples")));
    if (System.getProperty("cprlike.cells") != null) {
      roots.add(Path.of(System.getProperty("cprlike.cells")));
    }
    long cells = 0;
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".csv")).toList();
      }
      for (Path f : files) {
        for (String line : Files.readAllLines(f)) {
          for (String cell : line.split("[;,]", -1)) {
            cells++;
            if (CprLike.inValue(cell) != (CprLike.in(cell) || CprLike.inLongNumber(cell))) {
              throw new AssertionError(f + ": a cell is answered differently");
            }
          }
        }
      }
    }
    assertTrue(cells > 10_000, "cells compared: " + cells);
    for (String s : List.of("99010190123477", "010190-1234", "1.001.901.234", "12,5", "")) {
      assertEquals(CprLike.in(s) || CprLike.inLongNumber(s), CprLike.inValue(s), s);
    }
    assertFalse(CprLike.inValue(null));
  }

  @Test
  void several_numbers_in_one_text_are_each_replaced() {
    assertEquals(
        "se [fjernet] og [fjernet].",
        CprLike.replaceAll("se 01.01.90-1234 og 020290 - 1234.", "[fjernet]"));
    assertEquals("[fjernet]", CprLike.replaceAll("01 01 01 01 01 01", "[fjernet]"));
  }

  @Test
  void the_masked_form_keeps_the_birth_date_only() {
    assertEquals("010190-XXXX", CprLike.masked("010190-1234"));
    assertEquals("010190-XXXX", CprLike.masked("0101901234"));
    assertEquals("010190-XXXX", CprLike.masked("101901234"));
    assertEquals("320190-XXXX", CprLike.masked("320190-1234"));
    assertEquals("010190-XXXX", CprLike.masked("\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10 1234"));
    assertNull(CprLike.masked("Jens Hansen"), "a name in the cpr column is not kept");
    assertNull(CprLike.masked("12345"));
    assertNull(CprLike.masked(null));
  }

  private static String digitsOf(String text) {
    return text.replaceAll("\\D", "");
  }
}
