package dk.socialbench.contract;

/**
 * Who may read a published dataset's rows on the server.
 *
 * <p>Example: {@code ResultCatalogue.byName("rejected_rows").audience() == OWN_MUNICIPALITY}: a
 * municipality's user gets Frederiksberg's rejected rows only if logged in for Frederiksberg.
 */
public enum Audience {
  /** Every user: aggregates of every municipality, protected for publication. */
  EVERY_USER,
  /**
   * Only the municipality a row belongs to: a municipality's users get their own rows, never
   * another's and never the rows of {@code all} or of rows that no municipality could be found for;
   * the admin gets every row.
   */
  OWN_MUNICIPALITY
}
