package dk.socialbench.contract;

import java.util.Objects;

/**
 * A column of a result dataset: its name, type, Danish title and role.
 *
 * <p>The role tells the publishing step what to do with it: a {@link Role#DIMENSION} identifies a
 * cell, a {@link Role#COUNT} counts the persons a cell describes (perturbed by its {@link Role#KEY}
 * when published), {@link Role#VALUE}s are withheld when the published count is too small for them.
 */
public record Column(String name, ColumnType type, String titleDa, Role role, boolean additive) {
  /** What a column is to the publishing step. */
  public enum Role {
    /** Identifies a cell (municipality, category, registration number ...). */
    DIMENSION,
    /** The number of persons the cell describes; published perturbed, with its cell key. */
    COUNT,
    /** The number of persons in the cell's line (denominator of a share); null when too small. */
    TOTAL,
    /** A figure computed from the cell's persons; nulled when the cell is suppressed. */
    VALUE,
    /**
     * The cell key of a {@link #COUNT} or {@link #TOTAL} (the cell-key method): the sum of its
     * persons' record keys modulo 2^32, in {@code restricted/} only, never published.
     */
    KEY
  }

  /** The suffix of a count's key column: {@code cases} has its key in {@code cases_key}. */
  public static final String KEY_SUFFIX = "_key";

  public Column {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(titleDa, "titleDa == null");
    Objects.requireNonNull(role, "role == null");
  }

  /**
   * A dimension whose cells add up to a known total along it (a category, the municipality), so
   * that suppressing one cell of a line forces a second.
   */
  public static Column category(String name, ColumnType type, String titleDa) {
    return new Column(name, type, titleDa, Role.DIMENSION, true);
  }

  /** A dimension whose cells describe different populations that do not add up (registration k). */
  public static Column stage(String name, ColumnType type, String titleDa) {
    return new Column(name, type, titleDa, Role.DIMENSION, false);
  }

  public static Column count(String name, String titleDa) {
    return new Column(name, ColumnType.LONG, titleDa, Role.COUNT, false);
  }

  public static Column total(String name, String titleDa) {
    return new Column(name, ColumnType.LONG, titleDa, Role.TOTAL, false);
  }

  /** The name of the key column of the count {@code countName}: {@code cases -> cases_key}. */
  public static String keyName(String countName) {
    return countName + KEY_SUFFIX;
  }

  /** The key column of the count {@code countName} (LONG, in [0, 2^32)). */
  public static Column key(String countName) {
    return new Column(keyName(countName), ColumnType.LONG, "Cellenøgle", Role.KEY, false);
  }

  public static Column value(String name, ColumnType type, String titleDa) {
    return new Column(name, type, titleDa, Role.VALUE, false);
  }
}
