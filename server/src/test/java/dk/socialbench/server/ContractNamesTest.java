package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.CodeList;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server names result datasets, columns and codes only through the contract's constants ({@code
 * DatasetNames}, {@code ResultColumns}, {@code ResultCodes}), so that renaming one in the contract
 * fails the server's compilation instead of leaving a figure empty. This guard fails on any string
 * literal in the server's main code that spells such a name itself; the few literals that happen to
 * equal one but name something else are listed below.
 */
class ContractNamesTest {
  /** Literals equal to a contract name that are not one: file name to literals. */
  private static final Map<String, Set<String>> NOT_CONTRACT_NAMES =
      Map.of(
          // The fields of the JRXML templates' datasets.
          "ChartPoint.java", Set.of("value"),
          "FigurePanel.java", Set.of("rows"),
          // A field of the server's /api/run answer.
          "ServerBenchmark.java", Set.of("municipalities"),
          // A metric label for request methods the server does not know.
          "ReportServer.java", Set.of("other"));

  private static final ContractLiterals SCAN = new ContractLiterals(contractNames());

  @Test
  void the_server_spells_no_dataset_column_or_code_name_itself() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String file = f.getFileName().toString();
        Set<String> allowed = NOT_CONTRACT_NAMES.getOrDefault(file, Set.of());
        SCAN.findIn(file, Files.readString(f)).stream()
            .filter(hit -> allowed.stream().noneMatch(a -> hit.endsWith(" \"" + a + "\"")))
            .forEach(found::add);
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void the_guard_finds_a_planted_literal_and_only_in_code() {
    // The fixture spells mean_vum in code, a comment, Javadoc and a text block, "cases" inside a
    // longer literal, and casemix_funnel in code: only the two in code are found.
    String source = resource("contract-names/PlantedLiteral.java.txt");
    assertEquals(
        List.of("PlantedLiteral.java:9 \"mean_vum\"", "PlantedLiteral.java:15 \"casemix_funnel\""),
        SCAN.findIn("PlantedLiteral.java", source));
  }

  @Test
  void the_guard_knows_datasets_columns_suppression_flags_and_codes() {
    Set<String> names = contractNames();
    for (String name :
        List.of(
            "vum_development",
            "mean_vum_target_ci_low",
            "target_cases_suppressed",
            "no_next_registration",
            "unit_cost_sel85",
            "improvement")) {
      assertTrue(names.contains(name), name);
    }
  }

  /** Every dataset and published column name, every code of a code list and every key figure. */
  private static Set<String> contractNames() {
    Set<String> names = new HashSet<>();
    for (ResultDataset d : ResultCatalogue.all()) {
      names.add(d.name());
      d.publishedColumns().stream().map(Column::name).forEach(names::add);
    }
    Stream.of(CodeList.values()).forEach(l -> names.addAll(l.codes()));
    names.addAll(ResultCodes.KEY_FIGURES);
    return names;
  }

  private static String resource(String name) {
    try (InputStream in = ContractNamesTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
