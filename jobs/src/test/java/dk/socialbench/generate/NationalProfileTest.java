package dk.socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Municipality;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalProfileTest {
  @TempDir Path tmp;

  @Test
  void municipality_sizes_are_skewed_like_denmarks() throws IOException {
    GenerationSummary summary =
        new DeliveryGenerator(GeneratorSettings.builder().municipalities(98).cases(20_000).build())
            .writeTo(tmp);
    assertEquals(20_000, summary.cases());
    long[] sizes = summary.files().stream().mapToLong(GeneratedFile::cases).sorted().toArray();
    double median = (sizes[48] + sizes[49]) / 2.0;
    double skew = sizes[97] / median;
    assertTrue(
        skew >= 7 && skew <= 14, "biggest / median = " + skew + " " + Arrays.toString(sizes));
    GeneratedFile biggest =
        summary.files().stream().filter(f -> f.cases() == sizes[97]).findFirst().orElseThrow();
    assertEquals("101", biggest.municipalityCode(), "København is the biggest");
  }

  @Test
  void cases_close_and_last_as_in_the_sep_profile() throws IOException {
    new DeliveryGenerator(
            GeneratorSettings.builder().seed(11).municipalities(30).cases(6_000).build())
        .writeTo(tmp);
    List<ReadCase> cases = ReadCase.from(DeliveryFileReader.readDirectory(tmp));
    assertEquals(6_000, cases.size());
    EpisodeChecks.closings(cases);
    EpisodeChecks.durations(cases);
  }

  @Test
  void a_registration_target_is_met_exactly() throws IOException {
    GenerationSummary summary =
        new DeliveryGenerator(
                GeneratorSettings.builder()
                    .seed(3)
                    .municipalities(40)
                    .registrations(12_345)
                    .build())
            .writeTo(tmp);
    assertEquals(12_345, summary.registrations());
    double perCase = summary.registrations() / (double) summary.cases();
    assertEquals(1058 / 401.0, perCase, 0.15, "registrations per case as in the SEP data");
  }

  /**
   * The template asks, for a first registration that follows up an earlier one, the months since
   * it. The national profile fills it on about four in five such registrations (the column is
   * optional), with whole months near the municipalities' follow-up interval of 9 to 13 months, and
   * nowhere else; the SEP files leave the column out, as calibrated.
   */
  @Test
  void first_registrations_that_follow_up_carry_the_months_since_the_earlier_one()
      throws IOException {
    new DeliveryGenerator(
            GeneratorSettings.builder().seed(7).municipalities(20).cases(3_000).build())
        .writeTo(tmp);
    List<ReadCase> cases = ReadCase.from(DeliveryFileReader.readDirectory(tmp));
    long firstFollowUps = 0;
    List<Double> months = new java.util.ArrayList<>();
    for (ReadCase c : cases) {
      if ("follow_up".equals(c.code(0, DeliveryColumn.REGISTRATION_KIND))) {
        firstFollowUps++;
        Double m = c.number(0, DeliveryColumn.MONTHS_SINCE_PREVIOUS);
        if (m != null) {
          months.add(m);
        }
      }
      for (int k = 1; k < c.size(); k++) {
        assertEquals(null, c.text(k, DeliveryColumn.MONTHS_SINCE_PREVIOUS), "only on the first");
      }
    }
    double filled = months.size() / (double) firstFollowUps;
    assertTrue(firstFollowUps > 300, firstFollowUps + " first registrations are follow-ups");
    assertEquals(0.8, filled, 0.05, "share of first follow-ups with months");
    assertTrue(months.stream().allMatch(m -> m >= 1 && m == Math.rint(m)), "whole months >= 1");
    double mean = months.stream().mapToDouble(m -> m).average().orElseThrow();
    assertTrue(mean >= 9 && mean <= 13, "mean months " + mean);
  }

  @Test
  void the_sep_profile_leaves_months_since_previous_out() throws IOException {
    new DeliveryGenerator(GeneratorSettings.builder().build()).writeTo(tmp);
    for (DeliveryFileReader.DeliveryFile f : DeliveryFileReader.readDirectory(tmp)) {
      assertTrue(
          f.headerCells().stream()
              .map(h -> DeliveryColumn.fromHeader(h).orElseThrow())
              .noneMatch(c -> c == DeliveryColumn.MONTHS_SINCE_PREVIOUS),
          f.path() + ": " + f.headerCells());
    }
  }

  @Test
  void the_sep_municipalities_come_first_then_kommuner_csv_order() {
    List<String> codes =
        new DeliveryGenerator(GeneratorSettings.builder().municipalities(12).build())
            .municipalities().stream().map(Municipality::code).toList();
    assertEquals(
        List.of("153", "151", "607", "147", "157", "219", "615", "183", "410", "760", "101", "155"),
        codes);
  }

  /**
   * 200,000 rows from two municipalities in a JVM with a 32 MB heap: only possible if rows are
   * streamed to the files rather than collected per municipality.
   */
  @Test
  void a_large_profile_streams_in_a_small_heap() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                javaBin,
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                "dk.socialbench.cli.Main",
                "generate",
                "--out",
                tmp.toString(),
                "--municipalities",
                "2",
                "--registrations",
                "200000",
                "--threads",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("log.txt").toFile())
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "generation did not finish");
    String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), log);
    assertTrue(log.contains("200,000 registrations"), log);
    long rows = 0;
    for (File f : tmp.toFile().listFiles((d, name) -> name.endsWith(".csv"))) {
      rows += DeliveryFileReader.readCsv(f.toPath()).size() - 1;
    }
    assertEquals(200_000, rows);
  }
}
