package dk.socialbench.ingest;

import dk.socialbench.contract.DeliveryColumn;
import java.util.EnumMap;
import java.util.Map;

/** A valid delivery row for tests, to be broken one cell at a time. */
final class Rows {
  private final Map<DeliveryColumn, String> cells = new EnumMap<>(DeliveryColumn.class);
  private int extraCells;

  private Rows() {}

  /** A valid §85 first registration of a woman born 1 Jan 1990, registered 1 Mar 2015. */
  static Rows valid() {
    Rows r = new Rows();
    r.set(DeliveryColumn.MUNICIPALITY_CODE, "147")
        .set(DeliveryColumn.CASE_ID, "S-1")
        .set(DeliveryColumn.CPR, "010190-1234")
        .set(DeliveryColumn.NAME, "Else Testesen")
        .set(DeliveryColumn.TARGET_GROUP, "mental_illness")
        .set(DeliveryColumn.REGISTRATION_DATE, "2015-03-01")
        .set(DeliveryColumn.REGISTRATION_KIND, "visitation")
        .set(DeliveryColumn.SERVICE, "SEL85")
        .set(DeliveryColumn.HOURS_INDIVIDUAL, "12")
        .set(DeliveryColumn.VUM_SCORE, "2")
        .set(DeliveryColumn.GOALS_SET, "yes")
        .set(DeliveryColumn.GOAL_TYPE, "improvement");
    return r;
  }

  Rows set(DeliveryColumn column, String value) {
    cells.put(column, value);
    return this;
  }

  Rows clear(DeliveryColumn column) {
    cells.remove(column);
    return this;
  }

  Rows extraCells(int n) {
    this.extraCells = n;
    return this;
  }

  RawRow raw() {
    String[] byColumn = new String[DeliveryColumn.values().length];
    cells.forEach((c, v) -> byColumn[c.ordinal()] = v);
    return new RawRow("test.csv", 7, byColumn, extraCells);
  }
}
