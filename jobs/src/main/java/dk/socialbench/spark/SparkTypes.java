package dk.socialbench.spark;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ColumnType;
import dk.socialbench.contract.CuratedColumn;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one mapping from the contract's column types to Spark's, and the Spark schemas built from the
 * contract with it.
 *
 * <p>Example: {@code SparkTypes.of(ColumnType.DATE)} is {@code DataTypes.DateType}.
 */
public final class SparkTypes {
  private SparkTypes() {}

  public static DataType of(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }

  /** The curated registrations' schema, column for column as {@link CuratedColumn} declares it. */
  public static StructType curated(List<CuratedColumn> columns) {
    StructType schema = new StructType();
    for (CuratedColumn c : columns) {
      schema = schema.add(c.code(), of(c.type()), c.nullable());
    }
    return schema;
  }

  /**
   * A result dataset's schema without cell keys, every column nullable (publishing nulls cells).
   */
  public static StructType result(ResultDataset dataset) {
    return schema(dataset.columns());
  }

  /** The schema of a result dataset's {@code restricted/} rows: its columns and cell keys. */
  public static StructType restricted(ResultDataset dataset) {
    return schema(dataset.restrictedColumns());
  }

  private static StructType schema(List<Column> columns) {
    StructType schema = new StructType();
    for (Column c : columns) {
      schema = schema.add(c.name(), of(c.type()), true);
    }
    return schema;
  }
}
