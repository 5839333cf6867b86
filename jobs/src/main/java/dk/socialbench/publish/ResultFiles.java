package dk.socialbench.publish;

import dk.socialbench.contract.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;

/**
 * Writes a result dataset's rows as one Parquet file, {@code <dir>/part-00000.parquet}, straight
 * from the driver with parquet-java. Results are aggregates of a few thousand rows: a Spark job per
 * file would cost more than the writing.
 */
final class ResultFiles {
  static final String FILE = "part-00000.parquet";

  /**
   * Hadoop's settings, parsed once: a new {@link Configuration} parses Hadoop's default XML
   * resources again on first use, which cost more than writing a small result (a run writes about
   * 60 files). Each write gets a copy, since writers may set values on theirs.
   */
  private static final Configuration DEFAULTS = loaded();

  private ResultFiles() {}

  private static Configuration loaded() {
    Configuration conf = new Configuration();
    conf.set("parquet.summary.metadata.level", "NONE");
    return conf;
  }

  static void write(List<Row> rows, List<Column> columns, Path dir) {
    MessageType schema = schema(columns);
    Configuration conf = new Configuration(DEFAULTS);
    try {
      Files.createDirectories(dir);
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir.resolve(FILE).toUri());
      try (ParquetWriter<Group> writer =
          ExampleParquetWriter.builder(file)
              .withConf(conf)
              .withType(schema)
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .build()) {
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        for (Row row : rows) {
          writer.write(group(groups.newGroup(), row, columns));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Group group(Group g, Row row, List<Column> columns) {
    for (int i = 0; i < columns.size(); i++) {
      Object v = row.get(i);
      if (v == null) {
        continue;
      }
      String name = columns.get(i).name();
      switch (columns.get(i).type()) {
        case STRING -> g.append(name, (String) v);
        case INT -> g.append(name, ((Number) v).intValue());
        case LONG -> g.append(name, ((Number) v).longValue());
        case DOUBLE -> g.append(name, ((Number) v).doubleValue());
        case BOOLEAN -> g.append(name, (Boolean) v);
        case DATE -> g.append(name, (int) ((Date) v).toLocalDate().toEpochDay());
      }
    }
    return g;
  }

  static MessageType schema(List<Column> columns) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : columns) {
      b.addField(field(c));
    }
    return b.named("spark_schema");
  }

  private static Type field(Column c) {
    return switch (c.type()) {
      case STRING ->
          Types.optional(PrimitiveTypeName.BINARY)
              .as(LogicalTypeAnnotation.stringType())
              .named(c.name());
      case INT -> Types.optional(PrimitiveTypeName.INT32).named(c.name());
      case LONG -> Types.optional(PrimitiveTypeName.INT64).named(c.name());
      case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(c.name());
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
      case DATE ->
          Types.optional(PrimitiveTypeName.INT32)
              .as(LogicalTypeAnnotation.dateType())
              .named(c.name());
    };
  }
}
