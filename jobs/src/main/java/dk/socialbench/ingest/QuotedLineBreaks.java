package dk.socialbench.ingest;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;

/**
 * The line breaks inside quoted cells of a CSV file, and the rule that keeps a stray quote from
 * swallowing rows: a cell may span lines only in a free-text column ({@link FreeText#COLUMNS}), and
 * even there no continuation line may hold as many separators as half a row (those are rows, not
 * text). Counts every such line break, so that the file's lines reconcile.
 */
final class QuotedLineBreaks {
  private final String file;
  private long total; // over the whole file
  private long inCell; // in the current cell
  private int separatorsOnLine; // on the current line of the current cell
  private int mostSeparators; // on any continuation line of the current cell

  QuotedLineBreaks(String file) {
    this.file = file;
  }

  /** A line break inside the current cell. */
  void lineBreak() {
    if (inCell > 0) {
      mostSeparators = Math.max(mostSeparators, separatorsOnLine);
    }
    separatorsOnLine = 0;
    inCell++;
  }

  /** A separator inside the current (quoted) cell. */
  void separator() {
    separatorsOnLine++;
  }

  /**
   * Checks the cell just read, then starts the next one.
   *
   * @param header the header, or null while the header itself is read
   * @param index the cell's place in its row, from 0
   * @param from the line where the cell's quote opened
   * @param to the line where the cell ends
   */
  void endCell(Header header, int index, long from, long to) {
    if (inCell > 0) {
      mostSeparators = Math.max(mostSeparators, separatorsOnLine);
      String lines = file + ": lines " + from + "–" + to + ": ";
      String hint = ". Is a '\"' missing or extra on line " + from + "?";
      if (header == null) {
        throw new UserError(lines + "a cell of the header holds a line break" + hint);
      }
      DeliveryColumn column = header.columnAt(index);
      if (!FreeText.COLUMNS.contains(column)) {
        throw new UserError(
            lines
                + "the quoted cell in column "
                + (index + 1)
                + (column == null ? "" : " (" + column.code() + ")")
                + " spans "
                + (inCell + 1)
                + " lines; only closing_reason, provider_name and concurrent_service may hold a"
                + " line break"
                + hint);
      }
      if (mostSeparators >= Math.max(3, (header.width() - 1) / 2)) {
        throw new UserError(
            lines
                + "the quoted "
                + column.code()
                + " cell spans "
                + (inCell + 1)
                + " lines, and some of them hold as many separators as a row of their own"
                + hint);
      }
      total += inCell;
    }
    inCell = 0;
    separatorsOnLine = 0;
    mostSeparators = 0;
  }

  /** Line breaks inside quoted cells so far, over the whole file. */
  long total() {
    return total;
  }
}
