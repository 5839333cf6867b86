package dk.socialbench.contract;

/** The type of a result column, as stored in Parquet. */
public enum ColumnType {
  /** UTF-8 string (Parquet binary, logical type string). */
  STRING,
  /** 32-bit integer. */
  INT,
  /** 64-bit integer: counts of persons. */
  LONG,
  /** 64-bit floating point: means, shares, interval bounds, prices. */
  DOUBLE,
  BOOLEAN,
  /** Calendar date (Parquet int32, logical type date). */
  DATE
}
