package dk.socialbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void the_five_markup_characters_become_entities() {
    assertEquals(
        "Ballerup &amp; &quot;Brøndby&quot; &lt;&#39;Ishøj&#39;&gt;",
        Html.escape("Ballerup & \"Brøndby\" <'Ishøj'>"));
  }

  @Test
  void an_ampersand_is_escaped_once_so_an_entity_in_the_data_is_shown_as_typed() {
    assertEquals("&amp;lt;b&amp;gt;", Html.escape("&lt;b&gt;"));
  }

  @Test
  void a_value_in_a_single_quoted_attribute_cannot_end_the_attribute() {
    String attribute = "<a title='" + Html.escape("x' onmouseover='alert(1)") + "'>";
    assertEquals("<a title='x&#39; onmouseover=&#39;alert(1)'>", attribute);
  }

  @Test
  void text_without_markup_characters_is_returned_as_it_is() {
    String text = "Æblehaven, Ørestad og Åbyhøj: 12,5 timer";
    assertSame(text, Html.escape(text));
  }
}
