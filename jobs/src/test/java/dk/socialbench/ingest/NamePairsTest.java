package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamePairsTest {
  private static final NamePairs PAIRS = new NamePairs(PseudonymKey.demo());

  /** The pairs of two other citizens of the delivery, sorted. */
  private static final long[] KNOWN =
      LongStream.concat(
              Arrays.stream(PAIRS.of("Sigrid Nørgaard")),
              LongStream.concat(
                  Arrays.stream(PAIRS.of("Bo Ærbø Kjærsgaard")),
                  Arrays.stream(PAIRS.of("Xenia Ulfkjær-Wibroe"))))
          .sorted()
          .toArray();

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "flyttet sammen med Sigrid Nørgaard | flyttet sammen med [fjernet]",
        "hos Sigrid Nørgaards søster | hos [fjernet] søster",
        "SIGRID NØRGAARD ringede | [fjernet] ringede",
        "Sigrid Noergaard | [fjernet]",
        "Nørgaard, Sigrid | [fjernet]",
        "Bo Kjærsgaard og Ærbø Kjærsgaard | [fjernet] og [fjernet]",
        "Bo Kjaersgaard's bror | [fjernet] bror",
        // the red team's: a name of three parts went with two, the third kept
        "Xenia Ulfkjær-Wibroe hjælper | [fjernet] hjælper",
        "Bo Ærbø Kjærsgaard | [fjernet]"
      })
  void another_citizens_first_and_last_name_together_are_removed(String text, String expected) {
    assertEquals(expected, PAIRS.redact(text, KNOWN, "[fjernet]"));
  }

  /** One part alone is a word too often: Bo (lives), Sigrid (another Sigrid). */
  @ParameterizedTest(name = "left alone: \"{0}\"")
  @ValueSource(
      strings = {
        "Sigrid ringede",
        "Sigrid og Nørgaard",
        "Bo- og Støttecenter Nørgaard",
        "Nørgaardsvej 12, Sigrid",
        "bor i egen bolig"
      })
  void one_part_alone_or_parts_apart_are_left_alone(String text) {
    assertSame(text, PAIRS.redact(text, KNOWN, "[fjernet]"));
  }

  @Test
  void pairs_are_keyed_so_another_key_finds_nothing() {
    NamePairs other =
        new NamePairs(
            PseudonymKey.load(
                null, Map.of(PseudonymKey.ENVIRONMENT_VARIABLE, "another-key-of-sixteen-or-more")));
    String text = "flyttet sammen med Sigrid Nørgaard";
    assertSame(text, other.redact(text, KNOWN, "[fjernet]"));
    assertEquals(0, PAIRS.of("Sigrid").length);
    assertEquals(3, PAIRS.of("Bo Ærbø Kjærsgaard").length);
  }
}
