package dk.socialbench.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Assert;
import org.junit.Test;

/**
 * {@link CellParser#parseDate} and {@link CellParser#parseNumber}, parsed by hand, accept and read
 * exactly what the regular expressions they replaced did: on hand-picked cells and on a million
 * random ones made of digits, separators and look-alikes.
 */
public class CellParserByHandTest {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

  /** The rules as regular expressions, as ingest applied them until this test's change. */
  private static LocalDate dateByPattern(String value) {
    try {
      Matcher iso = ISO_DATE.matcher(value);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher danish = DANISH_DATE.matcher(value);
      if (danish.matches()) {
        return LocalDate.of(
            Integer.parseInt(danish.group(3)),
            Integer.parseInt(danish.group(2)),
            Integer.parseInt(danish.group(1)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static Double numberByPattern(String value) {
    return NUMBER.matcher(value).matches() ? Double.valueOf(value.replace(',', '.')) : null;
  }

  @Test
  public void hand_picked_cells_parse_as_before() {
    List<String> cells =
        List.of(
            "2020-01-31",
            "2020-1-3",
            "31-01-2020",
            "1-1-2020",
            "2020-02-30",
            "30-02-2020",
            "2020-13-01",
            "0000-01-01",
            "2020-01-011",
            "2020-001-01",
            "202-01-01",
            "20200-01-01",
            "01-01-20",
            "2020/01/31",
            "2020-01-31 ",
            " 2020-01-31",
            "2020-01-",
            "-01-2020",
            "2020--01",
            "2020-01-3-1",
            "٢٠٢٠-01-31",
            "",
            "-",
            "0",
            "-0",
            "12",
            "12,5",
            "12.5",
            "-3,25",
            "1.",
            ".5",
            "1,2,3",
            "1.2.3",
            "--1",
            "+1",
            "1e3",
            "12 5",
            "١٢",
            "007,50");
    for (String cell : cells) {
      Assert.assertEquals(cell, dateByPattern(cell), CellParser.parseDate(cell));
      Assert.assertEquals(cell, numberByPattern(cell), CellParser.parseNumber(cell));
    }
    Assert.assertEquals(LocalDate.of(2020, 1, 3), CellParser.parseDate("2020-1-3"));
    Assert.assertEquals(LocalDate.of(2020, 1, 31), CellParser.parseDate("31-01-2020"));
    Assert.assertEquals(Double.valueOf(-3.25), CellParser.parseNumber("-3,25"));
  }

  @Test
  public void a_million_random_cells_parse_as_before() {
    String alphabet = "0123456789012345678901234567890123456789--,. +e/٣";
    Random random = new Random(13);
    List<String> differ = new ArrayList<>();
    int dates = 0;
    int numbers = 0;
    for (int n = 0; n < 1_000_000; n++) {
      StringBuilder cell = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // Every third cell shaped like a date, so that both forms and the calendar are exercised.
      String text =
          n % 3 == 0
              ? String.format(
                  n % 2 == 0 ? "%04d-%d-%02d" : "%02d-%d-%04d",
                  random.nextInt(n % 2 == 0 ? 10000 : 40),
                  random.nextInt(14),
                  random.nextInt(n % 2 == 0 ? 33 : 10000))
              : cell.toString();
      LocalDate date = CellParser.parseDate(text);
      Double number = CellParser.parseNumber(text);
      if (!Objects.equals(dateByPattern(text), date)
          || !Objects.equals(numberByPattern(text), number)) {
        differ.add(text);
      }
      dates += date == null ? 0 : 1;
      numbers += number == null ? 0 : 1;
    }
    Assert.assertEquals(List.of(), differ);
    // Both kinds of cell were read often enough for the comparison to mean something.
    Assert.assertTrue("dates " + dates, dates > 100_000);
    Assert.assertTrue("numbers " + numbers, numbers > 100_000);
  }
}
