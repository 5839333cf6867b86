package dk.socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.delivery.Cpr;
import dk.socialbench.generate.DeliveryFileReader.DeliveryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryGeneratorTest {
  @TempDir Path tmp;

  @Test
  void same_settings_give_byte_identical_files_whatever_the_thread_count() throws IOException {
    GeneratorSettings.Builder settings = GeneratorSettings.builder().seed(11);
    Path one = write(settings.threads(1).build(), "one");
    Path four = write(settings.threads(4).build(), "four");
    assertSameFiles(one, four);

    GeneratorSettings.Builder national =
        GeneratorSettings.builder()
            .seed(11)
            .municipalities(30)
            .registrations(20_000)
            .xlsx(Set.of("147"));
    assertSameFiles(
        write(national.threads(1).build(), "n1"), write(national.threads(3).build(), "n3"));
  }

  @Test
  void another_seed_gives_other_files() throws IOException {
    Path a = write(GeneratorSettings.builder().seed(1).build(), "a");
    Path b = write(GeneratorSettings.builder().seed(2).build(), "b");
    for (Path file : list(a)) {
      byte[] other = Files.readAllBytes(b.resolve(file.getFileName()));
      assertFalse(
          Arrays.equals(Files.readAllBytes(file), other), file.getFileName() + " is the same");
    }
  }

  @Test
  void every_row_of_the_sep_profile_is_valid() throws IOException {
    Path dir = write(GeneratorSettings.builder().build(), "sep");
    List<DeliveryFile> files = DeliveryFileReader.readDirectory(dir);
    assertEquals(List.of(), DeliveryRules.check(files, SepCalibration.LAST_DATE));
    assertEquals(1058, files.stream().mapToInt(f -> f.lines().size()).sum());
  }

  @Test
  void every_row_of_a_national_profile_is_valid() throws IOException {
    GeneratorSettings settings =
        GeneratorSettings.builder().seed(5).municipalities(98).registrations(30_000).build();
    List<DeliveryFile> files = DeliveryFileReader.readDirectory(write(settings, "national"));
    assertEquals(98, files.size());
    assertEquals(List.of(), DeliveryRules.check(files, SepCalibration.LAST_DATE));
  }

  @Test
  void cpr_numbers_encode_the_intended_birth_date_and_sex() throws IOException {
    DeliveryGenerator generator = new DeliveryGenerator(GeneratorSettings.builder().build());
    Map<String, GeneratedCase> byId = new HashMap<>();
    for (var m : generator.municipalities()) {
      generator.forEachCase(m.code(), c -> byId.put(m.code() + "/" + c.caseId(), c));
    }
    assertEquals(SepCalibration.CASES, byId.size());
    for (GeneratedCase c : byId.values()) {
      Cpr cpr = Cpr.parse(c.cpr()).orElseThrow(() -> new AssertionError(c.caseId()));
      assertEquals(c.birthDate(), cpr.birthDate(), c.caseId());
      assertEquals(c.male(), cpr.male(), c.caseId());
      int age = Period.between(c.birthDate(), c.registrations().get(0).date()).getYears();
      assertTrue(age >= 18 && age <= 80, c.caseId() + " is " + age);
    }
    Path dir = tmp.resolve("sep");
    generator.writeTo(dir);
    for (ReadCase read : ReadCase.from(DeliveryFileReader.readDirectory(dir))) {
      GeneratedCase written = byId.get(read.municipality() + "/" + read.caseId());
      assertEquals(written.cpr(), read.text(0, DeliveryColumn.CPR), "the file carries the number");
    }
  }

  @Test
  void one_cpr_number_is_one_case_within_a_municipality() {
    DeliveryGenerator generator =
        new DeliveryGenerator(
            GeneratorSettings.builder().municipalities(98).cases(300_000).build());
    Set<String> numbers = new HashSet<>();
    long cases = generator.forEachCase("101", c -> assertTrue(numbers.add(c.cpr()), c.caseId()));
    assertTrue(cases > 15_000, "København has " + cases + " cases");
  }

  @Test
  void the_sep_profile_writes_ishoej_as_a_spreadsheet_with_typed_cells() throws IOException {
    Path dir = write(GeneratorSettings.builder().build(), "sep");
    List<String> names = list(dir).stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(
        List.of(
            "147_frederiksberg.csv",
            "151_ballerup.csv",
            "153_broendby.csv",
            "157_gentofte.csv",
            "183_ishoej.xlsx",
            "219_hilleroed.csv",
            "410_middelfart.csv",
            "607_fredericia.csv",
            "615_horsens.csv",
            "760_ringkoebing-skjern.csv"),
        names);
    var cells = SpreadsheetCells.firstDataRow(dir.resolve("183_ishoej.xlsx"));
    assertEquals("NUMERIC", cells.get(DeliveryColumn.REGISTRATION_DATE).type());
    assertTrue(cells.get(DeliveryColumn.REGISTRATION_DATE).dateFormatted());
    assertEquals("NUMERIC", cells.get(DeliveryColumn.VUM_SCORE).type());
    assertEquals("STRING", cells.get(DeliveryColumn.CPR).type());
  }

  @Test
  void the_sep_sample_covers_every_file_convention() {
    List<FileConvention> conventions = new ArrayList<>();
    SepCalibration.MUNICIPALITIES.forEach(m -> conventions.add(FileConvention.of(m.code())));
    assertTrue(conventions.stream().anyMatch(c -> c.separator() == ';'));
    assertTrue(conventions.stream().anyMatch(c -> c.separator() == ','));
    for (var flag :
        List.<java.util.function.Predicate<FileConvention>>of(
            FileConvention::danishDates,
            FileConvention::danishHeader,
            FileConvention::danishValues,
            FileConvention::byteOrderMark,
            FileConvention::crlf,
            FileConvention::omitsUnfilledColumns)) {
      assertTrue(conventions.stream().anyMatch(flag), "some file has it");
      assertTrue(conventions.stream().anyMatch(flag.negate()), "some file has not");
    }
  }

  @Test
  void csv_values_with_separator_quote_or_line_break_are_quoted() throws IOException {
    Path dir = write(GeneratorSettings.builder().municipalities(98).cases(20_000).build(), "q");
    String all = readAll(dir);
    assertTrue(all.contains("Botilbuddet \"\"Lærkereden\"\"\""), "embedded quotes doubled");
    assertTrue(all.contains("\"Flyttet i egen bolig\nOpfølgning"), "line break inside quotes");
  }

  private Path write(GeneratorSettings settings, String name) throws IOException {
    Path dir = tmp.resolve(name);
    new DeliveryGenerator(settings).writeTo(dir);
    return dir;
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<Path> files = list(a);
    assertEquals(
        files.stream().map(Path::getFileName).toList(),
        list(b).stream().map(Path::getFileName).toList());
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(file),
          Files.readAllBytes(b.resolve(file.getFileName())),
          file.getFileName() + " differs");
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static String readAll(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path p : list(dir)) {
      if (p.toString().endsWith(".csv")) {
        all.append(Files.readString(p));
      }
    }
    return all.toString();
  }
}
