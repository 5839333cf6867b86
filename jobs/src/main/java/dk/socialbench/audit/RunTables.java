package dk.socialbench.audit;

import dk.socialbench.contract.ResultDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Reads a run's result datasets with parquet-java, without Spark, in every column the files have
 * (so that the audit sees a cell key that should not be published, and the keys beside the
 * restricted counts).
 */
public final class RunTables {
  private RunTables() {}

  /**
   * @param folder the folder of a dataset by name: {@code layout.published(runId, name)}
   * @return every dataset of {@code datasets} that has a folder, by name
   */
  public static Map<String, Table> read(
      List<ResultDataset> datasets, Function<String, Path> folder) {
    Map<String, Table> tables = new LinkedHashMap<>();
    // one configuration for every file: each new one parses Hadoop's XML defaults again
    Configuration conf = new Configuration();
    for (ResultDataset d : datasets) {
      Path dir = folder.apply(d.name());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<String> columns = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      for (Path part : parts(dir)) {
        readPart(part, conf, columns, rows);
      }
      tables.put(d.name(), new Table(d, columns, rows));
    }
    return tables;
  }

  private static List<Path> parts(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void readPart(
      Path part, Configuration conf, List<String> columns, List<Object[]> rows) {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(part.toUri());
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      if (columns.isEmpty()) {
        schema.getFields().forEach(f -> columns.add(f.getName()));
      }
      int[] fields = new int[columns.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] =
            schema.containsField(columns.get(i)) ? schema.getFieldIndex(columns.get(i)) : -1;
      }
      PageReadStore rowGroup;
      while ((rowGroup = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            new ColumnIOFactory()
                .getColumnIO(schema)
                .getRecordReader(rowGroup, new GroupRecordConverter(schema));
        for (long r = 0; r < rowGroup.getRowCount(); r++) {
          rows.add(values(records.read(), schema, fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + part + ": " + e.getMessage(), e);
    }
  }

  private static Object[] values(Group record, MessageType schema, int[] fields) {
    Object[] row = new Object[fields.length];
    for (int i = 0; i < row.length; i++) {
      int f = fields[i];
      if (f < 0 || record.getFieldRepetitionCount(f) == 0) {
        continue;
      }
      PrimitiveType type = schema.getType(f).asPrimitiveType();
      LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
      row[i] =
          switch (type.getPrimitiveTypeName()) {
            case INT32 ->
                logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? LocalDate.ofEpochDay(record.getInteger(f, 0))
                    : (Object) record.getInteger(f, 0);
            case INT64 -> record.getLong(f, 0);
            case DOUBLE -> record.getDouble(f, 0);
            case FLOAT -> (double) record.getFloat(f, 0);
            case BOOLEAN -> record.getBoolean(f, 0);
            default -> record.getString(f, 0);
          };
    }
    return row;
  }
}
