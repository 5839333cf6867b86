package dk.socialbench.contract;

import java.util.Objects;

/**
 * The one HTML escape of the project, used by the server's page and the notebooks' tables and HTML
 * export. It is correct both in element text and in attribute values quoted with {@code "} or
 * {@code '}, so a municipality name, a Danish label or a cell value can go anywhere in a page.
 *
 * <pre>{@code
 * Html.escape("Ballerup & \"Brøndby\" <'Ishøj'>")
 *     // "Ballerup &amp; &quot;Brøndby&quot; &lt;&#39;Ishøj&#39;&gt;"
 * }</pre>
 */
public final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} replaced by entities; every other character is kept. */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text == null");
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      String entity =
          switch (text.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (entity != null && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        if (entity != null) {
          b.append(entity);
        } else {
          b.append(text.charAt(i));
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
