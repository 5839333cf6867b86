package dk.socialbench.server.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.fixtures.ParquetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedDatasetReaderTest {
  /** Every column type: STRING, LONG, DATE and BOOLEAN here, INT and DOUBLE below. */
  static final ResultDataset OVERVIEW = ResultCatalogue.byName("municipality_overview");

  static final ResultDataset REGISTRATIONS = ResultCatalogue.byName("cases_by_registrations");

  @TempDir Path dir;

  @Test
  void reads_every_column_type_and_keeps_nulls() throws Exception {
    Object[] full = {"147", 12L, 30L, LocalDate.of(2009, 3, 1), LocalDate.of(2017, 11, 30), false};
    Object[] suppressed = {"157", null, null, null, null, true};
    write(OVERVIEW, "part-00000.snappy.parquet", List.of(full, suppressed));
    Object[] ints = {"all", 2, 382L, 401L, 0.9526, null, 0.97, false};
    write(REGISTRATIONS, "part-00000.snappy.parquet", List.<Object[]>of(ints));

    Table overview = PublishedDatasetReader.read(OVERVIEW, dir.resolve(OVERVIEW.name()));
    Table registrations =
        PublishedDatasetReader.read(REGISTRATIONS, dir.resolve(REGISTRATIONS.name()));

    assertEquals(2, overview.size());
    assertArrayEquals(full, overview.row(0).values().toArray());
    assertArrayEquals(suppressed, overview.row(1).values().toArray());
    assertArrayEquals(ints, registrations.row(0).values().toArray());
  }

  @Test
  void reads_all_part_files_and_skips_success_crc_hidden_and_empty_files() throws Exception {
    write(OVERVIEW, "part-00000.snappy.parquet", List.<Object[]>of(row("147")));
    write(OVERVIEW, "part-00001.snappy.parquet", List.<Object[]>of(row("157"), row("all")));
    write(OVERVIEW, "part-00002.snappy.parquet", List.of());
    Path folder = dir.resolve(OVERVIEW.name());
    Files.writeString(folder.resolve("_SUCCESS"), "");
    Files.writeString(folder.resolve(".part-00000.snappy.parquet.crc"), "crc");
    Files.writeString(folder.resolve("part-00003.snappy.parquet"), "");

    Table table = PublishedDatasetReader.read(OVERVIEW, folder);

    assertEquals(List.of("147", "157", "all"), codes(table));
  }

  @Test
  void reads_a_dataset_with_only_an_empty_part_file() throws Exception {
    write(OVERVIEW, "part-00000.snappy.parquet", List.of());

    assertEquals(0, PublishedDatasetReader.read(OVERVIEW, dir.resolve(OVERVIEW.name())).size());
  }

  @Test
  void refuses_a_file_whose_column_has_another_type_naming_file_and_column() throws Exception {
    MessageType wrong =
        Types.buildMessage()
            .optional(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("municipality_code")
            .optional(PrimitiveTypeName.INT32)
            .named("cases")
            .optional(PrimitiveTypeName.INT64)
            .named("registrations")
            .optional(PrimitiveTypeName.INT32)
            .as(LogicalTypeAnnotation.dateType())
            .named("first_registration_date")
            .optional(PrimitiveTypeName.INT32)
            .as(LogicalTypeAnnotation.dateType())
            .named("last_registration_date")
            .optional(PrimitiveTypeName.BOOLEAN)
            .named("suppressed")
            .named("spark_schema");
    Path folder = Files.createDirectories(dir.resolve(OVERVIEW.name()));
    ParquetFiles.write(folder.resolve("part-00000.parquet"), wrong, List.of());

    RunLoadException e =
        assertThrows(RunLoadException.class, () -> PublishedDatasetReader.read(OVERVIEW, folder));

    assertTrue(e.getMessage().contains("part-00000.parquet"), e.getMessage());
    assertTrue(e.getMessage().contains("column 'cases'"), e.getMessage());
    assertTrue(e.getMessage().contains("expected LONG"), e.getMessage());
  }

  @Test
  void refuses_a_file_with_a_missing_or_an_unknown_column() throws Exception {
    MessageType oneColumn =
        Types.buildMessage()
            .optional(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("municipality_code")
            .named("spark_schema");
    Path folder = Files.createDirectories(dir.resolve(OVERVIEW.name()));
    ParquetFiles.write(folder.resolve("part-00000.parquet"), oneColumn, List.of());
    Path other = Files.createDirectories(dir.resolve(REGISTRATIONS.name()));
    ParquetFiles.write(
        other.resolve("part-00000.parquet"), ParquetFiles.sparkSchema(OVERVIEW), List.of());

    String missing =
        assertThrows(RunLoadException.class, () -> PublishedDatasetReader.read(OVERVIEW, folder))
            .getMessage();
    String unknown =
        assertThrows(
                RunLoadException.class, () -> PublishedDatasetReader.read(REGISTRATIONS, other))
            .getMessage();

    assertTrue(missing.contains("lacks column 'cases'"), missing);
    assertTrue(unknown.contains("columns the contract does not know"), unknown);
  }

  @Test
  void refuses_a_missing_dataset_folder_and_one_without_part_files() throws Exception {
    Path folder = dir.resolve(OVERVIEW.name());
    String missing =
        assertThrows(RunLoadException.class, () -> PublishedDatasetReader.read(OVERVIEW, folder))
            .getMessage();
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("_SUCCESS"), "");
    String empty =
        assertThrows(RunLoadException.class, () -> PublishedDatasetReader.read(OVERVIEW, folder))
            .getMessage();

    assertTrue(missing.contains("municipality_overview is missing"), missing);
    assertTrue(empty.contains("has no part-*.parquet file"), empty);
  }

  @Test
  void refuses_a_part_file_that_is_not_parquet() throws Exception {
    Path folder = Files.createDirectories(dir.resolve(OVERVIEW.name()));
    Files.writeString(folder.resolve("part-00000.parquet"), "not parquet at all");

    String message =
        assertThrows(RunLoadException.class, () -> PublishedDatasetReader.read(OVERVIEW, folder))
            .getMessage();

    assertTrue(message.contains("cannot read"), message);
  }

  private void write(ResultDataset d, String file, List<Object[]> rows) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(d.name()));
    ParquetFiles.write(folder.resolve(file), ParquetFiles.sparkSchema(d), rows);
  }

  private static Object[] row(String code) {
    return new Object[] {code, 10L, 20L, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 1, 1), false};
  }

  private static List<Object> codes(Table table) {
    return table.rowMaps().stream().map(r -> r.get("municipality_code")).toList();
  }
}
