package dk.socialbench.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/** Writes a hand table as a dataset folder, as publishing does: {@code dir/part-00000.parquet}. */
public final class ParquetTables {
  private ParquetTables() {}

  public static void write(Table t, Path dir) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (int i = 0; i < t.columns().size(); i++) {
      Object sample = null;
      for (Object[] row : t.rows()) {
        sample = sample != null ? sample : row[i];
      }
      String name = t.columns().get(i);
      if (sample instanceof String) {
        b.addField(
            Types.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named(name));
      } else if (sample instanceof Integer) {
        b.addField(Types.optional(PrimitiveTypeName.INT32).named(name));
      } else if (sample instanceof Long) {
        b.addField(Types.optional(PrimitiveTypeName.INT64).named(name));
      } else {
        b.addField(Types.optional(PrimitiveTypeName.DOUBLE).named(name));
      }
    }
    MessageType schema = b.named("spark_schema");
    try {
      Files.createDirectories(dir);
      org.apache.hadoop.fs.Path file =
          new org.apache.hadoop.fs.Path(dir.resolve("part-00000.parquet").toUri());
      try (ParquetWriter<Group> writer =
          ExampleParquetWriter.builder(file)
              .withConf(new Configuration())
              .withType(schema)
              .build()) {
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        for (Object[] row : t.rows()) {
          Group g = groups.newGroup();
          for (int i = 0; i < row.length; i++) {
            String name = t.columns().get(i);
            if (row[i] instanceof String s) {
              g.append(name, s);
            } else if (row[i] instanceof Integer n) {
              g.append(name, n);
            } else if (row[i] instanceof Long n) {
              g.append(name, n);
            } else if (row[i] instanceof Double d) {
              g.append(name, d);
            }
          }
          writer.write(g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
