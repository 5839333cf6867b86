package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.contract.CodeList;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server names datasets, columns and codes by string; every such name in the packages that read
 * results must be one the contract declares, so that renaming a column in {@code ResultCatalogue}
 * fails here instead of leaving a figure empty. A name is a snake_case literal ({@code
 * "mean_vum_ci_low"}); the few snake_case literals that are not result names are listed below.
 */
class ContractNamesTest {
  private static final Pattern SNAKE_CASE = Pattern.compile("\"([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\"");

  private static final Set<String> NOT_RESULT_NAMES =
      Set.of(
          // The prefix of the unit-cost key figures (unit_cost_sel85, unit_cost_sel107).
          "unit_cost");

  @Test
  void every_result_name_the_server_spells_is_in_the_contract() throws IOException {
    Set<String> declared = new HashSet<>(NOT_RESULT_NAMES);
    for (ResultDataset d : ResultCatalogue.all()) {
      declared.add(d.name());
      d.publishedColumns().stream().map(Column::name).forEach(declared::add);
    }
    Stream.of(CodeList.values()).forEach(l -> declared.addAll(l.codes()));
    declared.addAll(ResultCodes.KEY_FIGURES);
    Set<String> unknown = new TreeSet<>();
    Path main = Path.of("src/main/java/dk/socialbench/server");
    for (String pkg : new String[] {"render", "comparison", "web", "api"}) {
      try (Stream<Path> files = Files.walk(main.resolve(pkg))) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .forEach(
                f -> {
                  Matcher m = SNAKE_CASE.matcher(read(f));
                  while (m.find()) {
                    if (!declared.contains(m.group(1))) {
                      unknown.add(f.getFileName() + ": " + m.group(1));
                    }
                  }
                });
      }
    }
    assertEquals(Set.of(), unknown);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
