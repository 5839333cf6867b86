package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WORK/quarantine/rejected_rows.csv is opened in Excel: delivered text must never run there. */
class RejectedRowsCsvTest {
  @ParameterizedTest(name = "{0} is written as {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://x\";\"klik\")|\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"",
        "=1+2|'=1+2",
        "+45 33 12 34 56|'+45 33 12 34 56",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "-3|-3",
        "-2,5|-2,5",
        "2.5|2.5",
        "KK-1001|KK-1001",
        "flyttet; ny adresse|\"flyttet; ny adresse\"",
      })
  void text_that_excel_would_evaluate_is_prefixed_and_numbers_stay_numbers(
      String value, String written) {
    assertEquals(written, IngestOutput.cell(value));
  }

  @ParameterizedTest(name = "a cell starting with a {0} is prefixed")
  @CsvSource({"tab, '\t=1'", "carriage return, '\r=1'"})
  void tab_and_carriage_return_are_prefixed_too(String what, String value) {
    String written = IngestOutput.cell(value);
    assertEquals("'", written.substring(written.startsWith("\"") ? 1 : 0).substring(0, 1), what);
  }
}
