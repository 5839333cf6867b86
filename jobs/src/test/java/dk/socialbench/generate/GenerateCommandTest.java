package dk.socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code socialbench generate} as a user runs it: output, exit codes and error messages. */
class GenerateCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void the_default_command_writes_the_sep_profile_and_says_what_it_wrote() {
    assertEquals(0, run("generate", "--out", tmp.toString()));
    assertTrue(Files.exists(tmp.resolve("183_ishoej.xlsx")));
    assertTrue(Files.exists(tmp.resolve("760_ringkoebing-skjern.csv")));
    assertTrue(
        out.toString().contains("Wrote 10 files to " + tmp + ": 401 cases, 1,058 registrations"),
        out.toString());
  }

  @Test
  void xlsx_none_writes_every_municipality_as_csv() throws Exception {
    assertEquals(0, run("generate", "--out", tmp.toString(), "--xlsx", "none"));
    try (var files = Files.list(tmp)) {
      assertTrue(files.allMatch(p -> p.toString().endsWith(".csv")));
    }
  }

  @Test
  void too_few_cases_is_a_user_error_that_says_how_to_fix_it() {
    assertEquals(
        2, run("generate", "--out", tmp.toString(), "--municipalities", "20", "--cases", "5"));
    assertEquals(
        "socialbench: cases must be at least the number of municipalities (20), one each; got 5",
        err.toString().strip());
  }

  @Test
  void an_xlsx_municipality_outside_the_selection_is_a_user_error() {
    assertEquals(2, run("generate", "--out", tmp.toString(), "--xlsx", "101"));
    assertTrue(
        err.toString().contains("xlsx: municipality 101 is not among those generated"),
        err.toString());
  }

  @Test
  void cases_and_registrations_exclude_each_other() {
    assertEquals(
        2, run("generate", "--out", tmp.toString(), "--cases", "10", "--registrations", "10"));
    assertTrue(err.toString().contains("mutually exclusive"), err.toString());
  }

  @Test
  void help_shows_usage_examples() {
    assertEquals(0, run("generate", "--help"));
    assertTrue(
        out.toString().contains("--municipalities 98 --registrations 10000000"), out.toString());
  }
}
