package dk.socialbench.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the string literals of a Java source that spell a contract name: a literal in code, not in
 * a comment, Javadoc or text block (those hold prose and HTML), whose whole text is one of the
 * given names.
 *
 * <p>Example: in {@code cells.count(row, "cases") // "mean"} it finds {@code "cases"} on line 1.
 */
final class ContractLiterals {
  private final Set<String> names;

  /**
   * @param names the dataset, column and code names that code must not spell itself
   */
  ContractLiterals(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /** The offending literals of {@code source} as {@code "File.java:12 \"cases\""}, in order. */
  List<String> findIn(String file, String source) {
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = end(source, "\n", i + 2);
      } else if (source.startsWith("/*", i)) {
        i = end(source, "*/", i + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        i = end(source, "\"\"\"", i + 3);
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        int close = closing(source, i);
        String text = source.substring(i + 1, close);
        if (source.charAt(i) == '"' && names.contains(text)) {
          found.add(file + ":" + line(source, i) + " \"" + text + "\"");
        }
        i = close + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The index after the next {@code token} from {@code from}, or the source's end. */
  private static int end(String source, String token, int from) {
    int at = source.indexOf(token, from);
    return at < 0 ? source.length() : at + token.length();
  }

  /** The index of the quote that closes the literal opened at {@code open}, past escapes. */
  private static int closing(String source, int open) {
    char quote = source.charAt(open);
    int i = open + 1;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static int line(String source, int index) {
    return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
