package dk.socialbench.notebooks.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A cell's source cut into the units JShell evaluates one at a time (imports, declarations,
 * statements, a final expression), and runs of plain statements joined into one block: every
 * evaluation costs a compilation, so a cell with {@code Tables.show(a); Charts.bars(...);} is
 * compiled once, not twice. Declarations stay units of their own, as later cells refer to them; a
 * final expression without a semicolon too, as its value is the cell's result.
 */
final class CellUnits {
  /** One unit: where it is in the cell, the source JShell gets, and whether it may be joined. */
  record Unit(int start, int end, String source, boolean statement) {}

  /** The units of a cell, or the offset where the cell ends inside an unfinished statement. */
  record Split(List<Unit> units, int incompleteAt) {
    boolean complete() {
      return incompleteAt < 0;
    }
  }

  private static final Set<String> STATEMENT_KEYWORDS =
      Set.of(
          "if",
          "for",
          "while",
          "do",
          "switch",
          "try",
          "synchronized",
          "throw",
          "return",
          "new",
          "assert",
          "yield",
          "break",
          "continue");
  private static final Set<String> DECLARATION_KEYWORDS =
      Set.of(
          "import",
          "package",
          "class",
          "interface",
          "enum",
          "record",
          "static",
          "public",
          "private",
          "protected",
          "final",
          "abstract",
          "var",
          "sealed",
          "non-sealed");

  /** {@code Type name =}, {@code Type name;}, {@code Type name(} and the like. */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^[A-Za-z_$][\\w$.]*(?:<[^;=(){}]*>)?(?:\\[\\])*\\s+[A-Za-z_$][\\w$]*\\s*(?:=|;|,|\\(|\\[)",
          Pattern.DOTALL);

  private CellUnits() {}

  static Split split(SourceCodeAnalysis analysis, String source) {
    List<Unit> units = new ArrayList<>();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      int start = source.length() - rest.length() + startOf(rest, info.source());
      switch (info.completeness()) {
        case EMPTY:
          return new Split(units, -1);
        case DEFINITELY_INCOMPLETE:
        case CONSIDERED_INCOMPLETE:
          return new Split(units, start);
        default:
          break;
      }
      String snippet = info.source() != null ? info.source() : rest;
      rest = info.remaining() == null ? "" : info.remaining();
      int end = source.length() - rest.length();
      boolean statement =
          info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE
              && isStatement(snippet.strip());
      units.add(new Unit(start, end, snippet, statement));
    }
    return new Split(units, -1);
  }

  /** Whether {@code code} is a statement that may run inside a block without changing meaning. */
  static boolean isStatement(String code) {
    if (code.isEmpty() || code.startsWith("@") || code.startsWith("//") || code.startsWith("/*")) {
      return false;
    }
    int i = 0;
    while (i < code.length()
        && (Character.isJavaIdentifierPart(code.charAt(i)) || code.charAt(i) == '-')) {
      i++;
    }
    String first = code.substring(0, i);
    if (STATEMENT_KEYWORDS.contains(first)) {
      return true;
    }
    if (DECLARATION_KEYWORDS.contains(first) || code.startsWith("{")) {
      return false;
    }
    return !DECLARATION.matcher(code).find();
  }

  /** The block that runs units {@code from} to {@code to} (exclusive) as one snippet. */
  static String block(String source, List<Unit> units, int from, int to) {
    return "{" + source.substring(units.get(from).start(), units.get(to - 1).end()) + "\n}";
  }

  /** Where the snippet JShell found starts in {@code rest} (comments before it are skipped). */
  private static int startOf(String rest, String snippet) {
    if (snippet != null) {
      String head = snippet.strip();
      head = head.substring(0, Math.min(head.length(), 40));
      int i = head.isEmpty() ? -1 : rest.indexOf(head);
      if (i >= 0) {
        return i;
      }
    }
    int i = 0;
    while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
      i++;
    }
    return i;
  }
}
