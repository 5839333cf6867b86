package dk.socialbench.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenStrengthTest {
  @Test
  void twenty_characters_with_eight_different_are_strong_enough() {
    // "abcdefgh" twice and "abcd": 8 + 8 + 4 = 20 characters, 8 different
    assertEquals(Optional.empty(), TokenStrength.weakness("abcdefghabcdefghabcd"));
  }

  @Test
  void nineteen_characters_are_too_few() {
    // 8 + 8 + 3 = 19
    assertEquals(
        Optional.of("it has fewer than 20 characters"),
        TokenStrength.weakness("abcdefghabcdefghabc"));
    assertEquals(Optional.of("it has fewer than 20 characters"), TokenStrength.weakness("a"));
  }

  @Test
  void seven_different_characters_are_too_few_however_long() {
    // "abcdefg" 7 different, repeated to 21 characters
    assertEquals(
        Optional.of("it has fewer than 8 different characters"),
        TokenStrength.weakness("abcdefgabcdefgabcdefg"));
  }

  @Test
  void characters_are_counted_as_code_points_not_utf16_units() {
    // 10 emoji are 20 UTF-16 units but 10 characters
    String emoji = "😀😁😂😃😄😅😆😇😈😉";
    assertEquals(20, emoji.length());
    assertEquals(Optional.of("it has fewer than 20 characters"), TokenStrength.weakness(emoji));
  }

  @Test
  void the_demo_tokens_are_weak_everywhere_but_demo_mode() {
    assertEquals(
        Optional.of("it is a demo token, allowed only with --demo"),
        TokenStrength.weakness("demo-admin"));
    assertEquals(
        Optional.of("it is a demo token, allowed only with --demo"),
        TokenStrength.weakness("demo-frederiksberg"));
  }
}
