package dk.socialbench.server.data;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ColumnType;
import dk.socialbench.contract.ResultDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads one published dataset folder as Spark writes it ({@code part-*.parquet}, possibly several,
 * possibly one without rows) into a {@link Table}, with parquet-java alone: no Spark, no Hadoop
 * file system. {@code _SUCCESS}, {@code .crc} and other hidden files are skipped.
 */
final class PublishedDatasetReader {
  private PublishedDatasetReader() {}

  static Table read(ResultDataset dataset, Path folder) throws RunLoadException {
    List<Path> parts = partFiles(dataset, folder);
    List<Object[]> rows = new ArrayList<>();
    for (Path part : parts) {
      readPart(dataset, part, rows);
    }
    return new Table(dataset, rows);
  }

  private static List<Path> partFiles(ResultDataset dataset, Path folder) throws RunLoadException {
    if (!Files.isDirectory(folder)) {
      throw new RunLoadException(
          "dataset " + dataset.name() + " is missing: no folder " + folder + " in the run");
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts =
          files
              .filter(p -> isPartFile(p.getFileName().toString()))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      if (parts.isEmpty()) {
        throw new RunLoadException(
            "dataset " + dataset.name() + ": " + folder + " has no part-*.parquet file");
      }
      return parts;
    } catch (IOException e) {
      throw new RunLoadException("dataset " + dataset.name() + ": cannot list " + folder, e);
    }
  }

  private static boolean isPartFile(String name) {
    return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
  }

  private static void readPart(ResultDataset dataset, Path part, List<Object[]> rows)
      throws RunLoadException {
    try {
      if (Files.size(part) == 0) {
        return; // an empty partition some writers leave behind: no schema, no rows
      }
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        int[] fields = ContractSchema.fieldIndexes(dataset, schema, part);
        List<Column> columns = dataset.publishedColumns();
        PageReadStore rowGroup;
        while ((rowGroup = reader.readNextRowGroup()) != null) {
          RecordReader<Group> records =
              new ColumnIOFactory()
                  .getColumnIO(schema)
                  .getRecordReader(rowGroup, new GroupRecordConverter(schema));
          for (long r = 0; r < rowGroup.getRowCount(); r++) {
            rows.add(values(records.read(), columns, fields));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new RunLoadException(
          "dataset " + dataset.name() + ": cannot read " + part + ": " + e.getMessage(), e);
    }
  }

  private static Object[] values(Group record, List<Column> columns, int[] fields) {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      int field = fields[i];
      if (record.getFieldRepetitionCount(field) > 0) {
        row[i] = value(record, field, columns.get(i).type());
      }
    }
    return row;
  }

  private static Object value(Group record, int field, ColumnType type) {
    return switch (type) {
      case STRING -> record.getString(field, 0);
      case INT -> record.getInteger(field, 0);
      case LONG -> record.getLong(field, 0);
      case DOUBLE -> record.getDouble(field, 0);
      case BOOLEAN -> record.getBoolean(field, 0);
      case DATE -> LocalDate.ofEpochDay(record.getInteger(field, 0));
    };
  }
}
