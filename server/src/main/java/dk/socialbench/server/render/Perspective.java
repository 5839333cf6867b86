package dk.socialbench.server.render;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whose report it is: one municipality against the others (benchmark, data quality) or all
 * municipalities alike (national). Decides the order of rows and which rows stand out.
 *
 * <p>Example: for Horsens in a run of ten municipalities, {@link #order()} is Horsens, all
 * municipalities, then the other nine by Danish alphabetical order.
 */
final class Perspective {
  /**
   * Up to this many municipalities, a benchmark lists every municipality in every table (the SEP
   * programme had ten); beyond it, a table with more than one line per municipality shows the focus
   * and all municipalities only, so that a benchmark of 98 municipalities stays readable (and quick
   * to render). The national report always lists every municipality.
   */
  static final int LIST_ALL_UP_TO = 15;

  private final String focus;
  private final List<String> others;

  private Perspective(String focus, List<String> others) {
    this.focus = focus;
    this.others = others;
  }

  /** The perspective of {@code focus} (a municipality code), or the national one for null. */
  static Perspective of(PublishedRun run, String focus) {
    Collator danish = Collator.getInstance(DanishFormat.DANISH);
    List<String> others = new ArrayList<>(run.municipalities());
    others.remove(focus);
    others.sort(Comparator.comparing(Perspective::name, danish));
    return new Perspective(focus, List.copyOf(others));
  }

  static String name(String code) {
    return Municipalities.danish().nameOf(code);
  }

  boolean hasFocus() {
    return focus != null;
  }

  /** The focus municipality's code; only for a perspective that {@link #hasFocus()}. */
  String focus() {
    if (focus == null) {
      throw new IllegalStateException("the national perspective has no focus municipality");
    }
    return focus;
  }

  String focusName() {
    return name(focus());
  }

  /** The municipalities of the run, this perspective's focus excluded, in alphabetical order. */
  List<String> others() {
    return others;
  }

  int municipalityCount() {
    return others.size() + (focus == null ? 0 : 1);
  }

  /** Every row to show: the focus, all municipalities, then the others. */
  List<String> order() {
    return order(true);
  }

  /**
   * The rows of a table with {@code rowsPerMunicipality} lines per municipality: every
   * municipality, unless a benchmark of many municipalities would make the table too long.
   */
  List<String> order(int rowsPerMunicipality) {
    return order(listsEveryMunicipality(rowsPerMunicipality));
  }

  boolean listsEveryMunicipality(int rowsPerMunicipality) {
    return focus == null || rowsPerMunicipality <= 1 || municipalityCount() <= LIST_ALL_UP_TO;
  }

  private List<String> order(boolean withOthers) {
    List<String> order = new ArrayList<>();
    if (focus != null) {
      order.add(focus);
    }
    order.add(Municipalities.ALL);
    if (withOthers) {
      order.addAll(others);
    }
    return order;
  }

  /** The municipalities a chart compares category by category: the focus and all together. */
  List<String> compared() {
    return focus == null ? List.of(Municipalities.ALL) : List.of(focus, Municipalities.ALL);
  }

  TableRow.Emphasis emphasis(String code) {
    if (code.equals(focus)) {
      return TableRow.Emphasis.FOCUS;
    }
    return Municipalities.ALL.equals(code) ? TableRow.Emphasis.ALL : TableRow.Emphasis.NONE;
  }

  /** The colour of {@code code}'s bars and dots. */
  String colour(String code) {
    if (code.equals(focus)) {
      return ChartSpec.FOCUS_COLOUR;
    }
    return Municipalities.ALL.equals(code) ? ChartSpec.ALL_COLOUR : ChartSpec.OTHER_COLOUR;
  }

  /** The note above a table that left out the other municipalities, or null if it did not. */
  String omissionNote(int rowsPerMunicipality) {
    if (listsEveryMunicipality(rowsPerMunicipality)) {
      return null;
    }
    return "Tabellen viser "
        + focusName()
        + " og Alle kommuner. Tallene for hver af de "
        + municipalityCount()
        + " kommuner står i regnearket (XLSX) og i landsrapporten.";
  }
}
