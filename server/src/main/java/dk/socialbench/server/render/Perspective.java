package dk.socialbench.server.render;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whose report it is: one municipality against its comparison group and the country (benchmark),
 * one municipality's own data (data quality), or all municipalities alike (national). Decides the
 * order of rows and which rows stand out.
 *
 * <p>Example: for Horsens with the group Ballerup, Gentofte, Ishøj, {@link #order()} is Horsens,
 * the comparison group, all municipalities, then Ballerup, Gentofte and Ishøj.
 */
final class Perspective {
  /** The rows of a comparison group, pooled from its members' published rows (see GroupRows). */
  static final String GROUP = "group";

  private final String focus;
  private final List<String> others;
  private final ComparisonGroup group;

  private Perspective(String focus, List<String> others, ComparisonGroup group) {
    this.focus = focus;
    this.others = others;
    this.group = group;
  }

  /**
   * The perspective of {@code focus} (a municipality code) without a group, or national for null.
   */
  static Perspective of(PublishedRun run, String focus) {
    return new Perspective(focus, othersOf(run, focus), null);
  }

  /** A benchmark's perspective: the group's focus against the group and the country. */
  static Perspective benchmark(PublishedRun run, ComparisonGroup group) {
    return new Perspective(group.focus(), othersOf(run, group.focus()), group);
  }

  private static List<String> othersOf(PublishedRun run, String focus) {
    Collator danish = Collator.getInstance(DanishFormat.DANISH);
    List<String> others = new ArrayList<>(run.municipalities());
    others.remove(focus);
    others.sort(Comparator.comparing(Perspective::name, danish));
    return List.copyOf(others);
  }

  static String name(String code) {
    return GROUP.equals(code) ? "Sammenligningsgruppen" : Municipalities.danish().nameOf(code);
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

  /** The benchmark's comparison group, or null for the other reports. */
  ComparisonGroup group() {
    return group;
  }

  /** Whether the rows include a comparison group with members. */
  boolean hasGroup() {
    return group != null && !group.isEmpty();
  }

  /** The municipalities of the run, this perspective's focus excluded, in alphabetical order. */
  List<String> others() {
    return others;
  }

  int municipalityCount() {
    return others.size() + (focus == null ? 0 : 1);
  }

  /**
   * Every row to show: nationally all municipalities and each one; for a benchmark the focus, its
   * group, the country and the group's members; for a data-quality report the focus and the
   * country.
   */
  List<String> order() {
    return order(1);
  }

  /**
   * The rows of a table with {@code rowsPerMunicipality} lines per municipality: a benchmark names
   * the group's members only where each has one line, so that its tables stay short.
   */
  List<String> order(int rowsPerMunicipality) {
    List<String> order = new ArrayList<>(compared());
    if (focus == null) {
      order.addAll(others);
    } else if (hasGroup() && rowsPerMunicipality <= 1) {
      order.addAll(group.members());
    }
    return order;
  }

  /**
   * The focus, its group, all municipalities, then every other municipality: the annex's rows;
   * nationally all municipalities, then each one, the order of every spreadsheet's full tables.
   */
  List<String> everyMunicipality() {
    List<String> order = new ArrayList<>(compared());
    order.addAll(others);
    return order;
  }

  /** The rows a chart compares category by category: the focus, its group, the country. */
  List<String> compared() {
    if (focus == null) {
      return List.of(Municipalities.ALL);
    }
    return hasGroup()
        ? List.of(focus, GROUP, Municipalities.ALL)
        : List.of(focus, Municipalities.ALL);
  }

  TableRow.Emphasis emphasis(String code) {
    if (code.equals(focus)) {
      return TableRow.Emphasis.FOCUS;
    }
    if (GROUP.equals(code)) {
      return TableRow.Emphasis.GROUP;
    }
    return Municipalities.ALL.equals(code) ? TableRow.Emphasis.ALL : TableRow.Emphasis.NONE;
  }

  /** The colour of {@code code}'s bars and dots. */
  String colour(String code) {
    if (code.equals(focus)) {
      return ChartSpec.FOCUS_COLOUR;
    }
    if (GROUP.equals(code)) {
      return ChartSpec.GROUP_COLOUR;
    }
    return Municipalities.ALL.equals(code) ? ChartSpec.ALL_COLOUR : ChartSpec.OTHER_COLOUR;
  }

  /** Who is compared, in words: "Horsens, sammenligningsgruppen og Alle kommuner". */
  String comparedInWords() {
    if (focus == null) {
      return "Alle kommuner";
    }
    return hasGroup()
        ? focusName() + ", sammenligningsgruppen og Alle kommuner"
        : focusName() + " og Alle kommuner";
  }

  /** The note above a table that left out the group's members, or null if it did not. */
  String omissionNote(int rowsPerMunicipality) {
    if (focus == null || !hasGroup() || rowsPerMunicipality <= 1) {
      return null;
    }
    return "Tabellen viser "
        + comparedInWords()
        + ". Tallene for hver af de "
        + municipalityCount()
        + " kommuner står i regnearket (XLSX) og i landsrapporten.";
  }
}
