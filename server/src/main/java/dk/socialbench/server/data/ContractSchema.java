package dk.socialbench.server.data;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ColumnType;
import dk.socialbench.contract.ResultDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Checks a Parquet file's schema against a dataset's published columns, the way Spark writes them:
 * every column present, no other, each a single (optional or required) value of the contract's
 * type.
 */
final class ContractSchema {
  private ContractSchema() {}

  /**
   * The index in {@code schema} of each published column, in contract order.
   *
   * @throws RunLoadException naming the file, the column, what it is and what it should be
   */
  static int[] fieldIndexes(ResultDataset dataset, MessageType schema, Path file)
      throws RunLoadException {
    List<Column> columns = dataset.publishedColumns();
    List<String> expected = columns.stream().map(Column::name).toList();
    List<String> extra = new ArrayList<>();
    for (Type field : schema.getFields()) {
      if (!expected.contains(field.getName())) {
        extra.add(field.getName());
      }
    }
    if (!extra.isEmpty()) {
      throw mismatch(dataset, file, "has columns the contract does not know: " + extra);
    }
    int[] indexes = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (!schema.containsField(column.name())) {
        throw mismatch(dataset, file, "lacks column '" + column.name() + "'");
      }
      indexes[i] = schema.getFieldIndex(column.name());
      Type field = schema.getType(indexes[i]);
      if (!matches(column.type(), field)) {
        throw mismatch(
            dataset,
            file,
            "column '" + column.name() + "' is " + field + ", expected " + column.type());
      }
    }
    return indexes;
  }

  private static boolean matches(ColumnType type, Type field) {
    if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
      return false;
    }
    PrimitiveType primitive = field.asPrimitiveType();
    PrimitiveTypeName name = primitive.getPrimitiveTypeName();
    LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
    return switch (type) {
      case STRING ->
          name == PrimitiveTypeName.BINARY
              && logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation;
      case INT -> name == PrimitiveTypeName.INT32 && isPlainInteger(logical, 32);
      case LONG -> name == PrimitiveTypeName.INT64 && isPlainInteger(logical, 64);
      case DOUBLE -> name == PrimitiveTypeName.DOUBLE && logical == null;
      case BOOLEAN -> name == PrimitiveTypeName.BOOLEAN && logical == null;
      case DATE ->
          name == PrimitiveTypeName.INT32
              && logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
    };
  }

  private static boolean isPlainInteger(LogicalTypeAnnotation logical, int bits) {
    return logical == null
        || (logical instanceof IntLogicalTypeAnnotation i
            && i.isSigned()
            && i.getBitWidth() == bits);
  }

  private static RunLoadException mismatch(ResultDataset dataset, Path file, String what) {
    return new RunLoadException(
        "dataset "
            + dataset.name()
            + ": "
            + file
            + " "
            + what
            + " (the contract is ResultCatalogue in the reports module; re-run the jobs with the"
            + " same version as the server)");
  }
}
