package dk.socialbench.ingest;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.delivery.CprLike;
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
  private int cprCells;
  private int nameCells;

  FreeText(String name) {
    this.name = NameParts.of(name);
  }

  /** {@code text} with CPR-shaped parts and the row's name parts replaced. */
  String clean(String text) {
    if (text == null) {
      return null;
    }
    String out = CprLike.replaceAll(text, REDACTED);
    cprCells += out == text ? 0 : 1;
    String named = name.redact(out, REDACTED);
    nameCells += named == out ? 0 : 1;
    return named;
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
