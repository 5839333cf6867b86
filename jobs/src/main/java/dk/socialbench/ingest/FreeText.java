package dk.socialbench.ingest;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.delivery.CprLike;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the citizen's name and CPR number out of every value that leaves ingest: caseworkers type
 * them into free-text cells (closing reason, provider, concurrent service), and careless exports
 * put them anywhere. Anything shaped like a CPR number ({@link CprLike}, in any spelling) and every
 * part of the row's own name ({@link NameParts}, inflected too) is replaced by {@value #REDACTED};
 * cells cleaned this way in accepted rows are counted, by what was found in them.
 */
final class FreeText {
  static final String REDACTED = "[fjernet]";

  /** The only columns whose values may be text of any kind (and span lines in a CSV file). */
  static final Set<DeliveryColumn> COLUMNS =
      Set.of(
          DeliveryColumn.CLOSING_REASON,
          DeliveryColumn.PROVIDER_NAME,
          DeliveryColumn.CONCURRENT_SERVICE);

  private final NameParts name;
  private final Memo memo;
  private int cprCells;
  private int nameCells;

  FreeText(String name) {
    this(NameParts.of(name), new Memo());
  }

  /**
   * The scrubber of a row whose name's parts are {@code name} ({@link NameParts#of}).
   *
   * @param memo what the rows before cleaned, shared by the rows of one task
   */
  FreeText(NameParts name, Memo memo) {
    this.name = name;
    this.memo = memo;
  }

  /**
   * What {@link #clean} gave for each text under one name: a case's rows repeat its name, its
   * closing reason and often its provider, and cleaning scans every word of the text. Forgotten
   * when the name changes, and bounded.
   */
  static final class Memo {
    private static final int MAX_TEXTS = 256;
    private final Map<String, Cleaned> byText = new HashMap<>();
    private NameParts under;

    private Cleaned get(NameParts name, String text) {
      if (name != under) {
        byText.clear();
        under = name;
      }
      return byText.get(text);
    }

    private void put(String text, Cleaned cleaned) {
      if (byText.size() >= MAX_TEXTS) {
        byText.clear();
      }
      byText.put(text, cleaned);
    }
  }

  /** A text cleaned, and whether it held something shaped like a CPR number, and the name. */
  private record Cleaned(String text, boolean cpr, boolean name) {}

  /** The parts of the row's name. */
  NameParts name() {
    return name;
  }

  /** {@code text} with CPR-shaped parts and the row's name parts replaced. */
  String clean(String text) {
    if (text == null) {
      return null;
    }
    Cleaned cleaned = memo.get(name, text);
    if (cleaned == null) {
      String out = CprLike.replaceAll(text, REDACTED);
      String named = name.redact(out, REDACTED);
      cleaned = new Cleaned(named, out != text, named != out);
      memo.put(text, cleaned);
    }
    cprCells += cleaned.cpr() ? 1 : 0;
    nameCells += cleaned.name() ? 1 : 0;
    return cleaned.text();
  }

  /** Whether a part of the row's name occurs in {@code text} as a word. */
  boolean mentionsName(String text) {
    return name.foundIn(text);
  }

  /** The parts of the row's name that occur in {@code text} (to mask a file name with). */
  Set<String> namePartsIn(String text) {
    return name.partsIn(text);
  }

  /** The cells cleaned of text shaped like a CPR number. */
  int cprCells() {
    return cprCells;
  }

  /** The cells cleaned of a part of the row's own name. */
  int nameCells() {
    return nameCells;
  }
}
