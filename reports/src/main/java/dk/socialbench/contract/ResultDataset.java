package dk.socialbench.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One result dataset of a run: its name (the folder under {@code restricted/} and {@code
 * published/}), the figure of the KL report it reproduces, Danish title and reading guide, and its
 * columns in order.
 *
 * <p>Example: {@code ResultCatalogue.byName("vum_development")} has the columns {@code
 * municipality_code, from_registration, vum_from, direction, cases, ...}; its figure is "3.4–3.5".
 *
 * @param figure the KL report figure ("3.4"), or a short label for analyses beyond the report
 * @param personLevel whether its cells describe persons and are therefore suppressed when small
 * @param audience who may read its rows on the server
 * @param restrictedOnly the names of columns kept in {@code restricted/} and never published: exact
 *     numbers that a published perturbed count could be differenced against
 */
public record ResultDataset(
    String name,
    String figure,
    String titleDa,
    String descriptionDa,
    List<Column> columns,
    List<CountGroup> countGroups,
    boolean personLevel,
    Audience audience,
    Set<String> restrictedOnly) {

  /** The column that says whether a suppressed group's values were nulled. */
  public static final String SUPPRESSED = "suppressed";

  public ResultDataset {
    Objects.requireNonNull(name, "name == null");
    columns = List.copyOf(columns);
    countGroups = List.copyOf(countGroups);
    Objects.requireNonNull(audience, "audience == null");
    restrictedOnly = Set.copyOf(restrictedOnly);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public List<Column> dimensions() {
    return columns.stream().filter(c -> c.role() == Column.Role.DIMENSION).toList();
  }

  /** The names of {@link #restrictedColumns()}: the analysis output as computed. */
  public List<String> restrictedColumnNames() {
    return restrictedColumns().stream().map(Column::name).toList();
  }

  /**
   * The key column of the count {@code countName}: in a person-level dataset every {@link
   * Column.Role#COUNT} and {@link Column.Role#TOTAL} column has one, in {@code restricted/} only.
   */
  public Optional<Column> keyOf(String countName) {
    if (!personLevel) {
      return Optional.empty();
    }
    return column(countName)
        .filter(c -> c.role() == Column.Role.COUNT || c.role() == Column.Role.TOTAL)
        .map(c -> Column.key(c.name()));
  }

  /**
   * The columns of {@code restricted/}: {@link #columns()}, each count and total of a person-level
   * dataset followed by its cell key ({@code cases, cases_key, total, total_key, share, ...}).
   */
  public List<Column> restrictedColumns() {
    List<Column> restricted = new ArrayList<>();
    for (Column c : columns) {
      restricted.add(c);
      keyOf(c.name()).ifPresent(restricted::add);
    }
    return List.copyOf(restricted);
  }

  /**
   * The columns of {@code published/}: {@link #columns()} (no cell keys) less the {@link
   * #restrictedOnly()} ones, plus one flag per count group, true where the group's values are
   * withheld. Example: {@code data_completeness} publishes {@code municipality_code, column,
   * mandatory, share_filled}, not the exact row counts the share is of.
   */
  public List<Column> publishedColumns() {
    List<Column> published = new ArrayList<>();
    for (Column c : columns) {
      if (!restrictedOnly.contains(c.name())) {
        published.add(c);
      }
    }
    if (personLevel) {
      for (CountGroup g : countGroups) {
        published.add(
            new Column(
                g.suppressedColumn(),
                ColumnType.BOOLEAN,
                "Diskretioneret",
                Column.Role.VALUE,
                false));
      }
    }
    return List.copyOf(published);
  }

  static Builder builder(String name, String figure) {
    return new Builder(name, figure);
  }

  /** Builds a dataset description; validates that every named column exists. */
  static final class Builder {
    private final String name;
    private final String figure;
    private String title;
    private String description;
    private final List<Column> columns = new ArrayList<>();
    private final List<CountGroup> groups = new ArrayList<>();
    private boolean personLevel = true;
    private Audience audience = Audience.EVERY_USER;
    private final Set<String> restrictedOnly = new LinkedHashSet<>();

    private Builder(String name, String figure) {
      this.name = name;
      this.figure = figure;
    }

    Builder title(String titleDa) {
      this.title = titleDa;
      return this;
    }

    Builder description(String descriptionDa) {
      this.description = descriptionDa;
      return this;
    }

    Builder columns(Column... cs) {
      columns.addAll(List.of(cs));
      return this;
    }

    Builder group(String count, String numerator, String... values) {
      String flag = groups.isEmpty() ? SUPPRESSED : count + "_" + SUPPRESSED;
      groups.add(new CountGroup(count, numerator, List.of(values), flag));
      return this;
    }

    Builder notPersonLevel() {
      this.personLevel = false;
      return this;
    }

    /** Columns kept in {@code restricted/} only (see {@link ResultDataset#restrictedOnly()}). */
    Builder restrictedOnly(String... names) {
      restrictedOnly.addAll(List.of(names));
      return this;
    }

    Builder ownMunicipalityOnly() {
      this.audience = Audience.OWN_MUNICIPALITY;
      return this;
    }

    ResultDataset build() {
      Objects.requireNonNull(title, "title of " + name);
      Objects.requireNonNull(description, "description of " + name);
      List<String> names = columns.stream().map(Column::name).toList();
      for (CountGroup g : groups) {
        List<String> used = new ArrayList<>(g.values());
        used.add(g.count());
        if (g.numerator() != null) {
          used.add(g.numerator());
        }
        for (String u : used) {
          if (!names.contains(u)) {
            throw new IllegalStateException(name + ": count group names unknown column " + u);
          }
        }
      }
      for (String r : restrictedOnly) {
        if (!names.contains(r)) {
          throw new IllegalStateException(name + ": restricted-only column unknown: " + r);
        }
      }
      if (personLevel && groups.isEmpty()) {
        throw new IllegalStateException(name + ": a person-level dataset needs a count group");
      }
      return new ResultDataset(
          name, figure, title, description, columns, groups, personLevel, audience, restrictedOnly);
    }
  }
}
