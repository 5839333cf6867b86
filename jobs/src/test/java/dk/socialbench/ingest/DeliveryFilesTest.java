package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryFilesTest {
  @TempDir Path input;

  private List<String> names() {
    return DeliveryFiles.under(input).files().stream().map(DeliveryFile::name).toList();
  }

  @Test
  void deliveries_in_sub_directories_are_listed_in_order_and_other_files_ignored()
      throws IOException {
    Files.createDirectories(input.resolve("b"));
    Files.writeString(input.resolve("b/2.csv"), "x");
    Files.writeString(input.resolve("1.XLSX"), "x");
    Files.writeString(input.resolve("README.txt"), "x");
    Files.writeString(input.resolve(".hidden.csv"), "x");
    Files.writeString(input.resolve("~$open.xlsx"), "x");
    assertEquals(List.of("1.XLSX", "b/2.csv"), names());
    assertEquals(List.of("[fjernet].txt"), DeliveryFiles.under(input).ignored());
  }

  @Test
  void a_cpr_number_in_a_file_name_is_masked_and_masked_names_stay_apart() throws IOException {
    Files.writeString(input.resolve("borger 010190-1234.csv"), "x");
    Files.writeString(input.resolve("borger 01.01.90 1234.csv"), "x");
    Files.writeString(input.resolve("0202901234 noter.txt"), "x");
    assertEquals(List.of("borger [fjernet].csv", "borger [fjernet] (2).csv"), names());
    assertEquals(List.of("[fjernet] [fjernet].txt"), DeliveryFiles.under(input).ignored());
  }

  @Test
  void a_directory_link_loop_is_one_clear_error() throws IOException {
    Files.writeString(input.resolve("a.csv"), "x");
    Files.createDirectories(input.resolve("sub"));
    Files.createSymbolicLink(input.resolve("sub/loop"), Path.of(".."));
    UserError e = assertThrows(UserError.class, () -> DeliveryFiles.under(input));
    assertEquals(
        "[fjernet]/[fjernet]: a symbolic link loop (the directory leads back to one that"
            + " contains it)",
        e.getMessage());
  }

  @Test
  void a_delivery_that_links_to_itself_or_to_nothing_is_named_not_skipped() throws IOException {
    Files.writeString(input.resolve("a.csv"), "x");
    Files.createSymbolicLink(input.resolve("self.csv"), Path.of("self.csv"));
    Files.createSymbolicLink(input.resolve("gone.xlsx"), Path.of("missing.xlsx"));
    UserError e = assertThrows(UserError.class, () -> DeliveryFiles.under(input));
    assertEquals(
        "2 paths under the input directory cannot be read:\n"
            + "  [fjernet].csv: a symbolic link that points to itself, in a loop, or to nothing\n"
            + "  [fjernet].xlsx: a symbolic link that points to itself, in a loop, or to nothing",
        sortedLines(e.getMessage()));
  }

  /**
   * A path that is never read as a delivery is shown with every word masked, digits, separators and
   * a plain extension kept: nothing in it is known not to be a name (issue 12, thirteenth session).
   */
  @Test
  void names_in_files_that_are_not_deliveries_and_in_a_link_loop_are_masked() throws IOException {
    Files.writeString(input.resolve("a.csv"), "x");
    Files.createDirectories(input.resolve("Sigrid Nørgaard"));
    Files.writeString(input.resolve("Sigrid Nørgaard/noter 2015 Ib.Lund.txt"), "x");
    Files.writeString(input.resolve("Qvistgaard 230787-3917.Nørgaard"), "x");
    assertEquals(
        List.of(
            "[fjernet] [fjernet].[fjernet]",
            "[fjernet] [fjernet]/[fjernet] 2015 [fjernet].[fjernet].txt"),
        DeliveryFiles.under(input).ignored());
    Files.createSymbolicLink(input.resolve("Sigrid Nørgaard/Ib Lund"), Path.of(".."));
    UserError e = assertThrows(UserError.class, () -> DeliveryFiles.under(input));
    assertEquals(
        "[fjernet] [fjernet]/[fjernet] [fjernet]: a symbolic link loop (the directory leads back"
            + " to one that contains it)",
        e.getMessage());
  }

  /**
   * Files refused by their header, before a row is read: their messages mask the names their lines
   * hold, as the name shown for a file whose rows are read does. Expected messages by hand.
   */
  @Test
  void a_file_refused_before_its_rows_are_read_is_named_without_the_names_in_it()
      throws IOException {
    String header =
        "municipality_code;case_id;cpr;name;target_group;registration_date;registration_kind;"
            + "service;vum_score;goals_set";
    String row = "147;S-1;010190-1234;Jens Hansen;social;2015-03-01;visitation;SEL85;2;no";
    // No header row: line 1 is the citizen's row.
    Files.writeString(input.resolve("Jens Hansens sag 010190-1234.csv"), row + "\n");
    // A header with a column the format does not know; the name column is found all the same.
    Files.writeString(
        input.resolve("sag om Else Testesen.csv"),
        header + ";noter\n" + row.replace("Jens Hansen", "Else Testesen") + ";x\n");
    // A workbook cannot be read as text: every word of its name goes, the masked number stays.
    Files.writeString(input.resolve("Kjærsgaard 150372-1234.xlsx"), "not a workbook");
    // A name that is in no line of the file is kept.
    Files.writeString(input.resolve("levering.csv"), "kommune;sag;cpr\n147;1;2\n");
    UserError e =
        assertThrows(
            UserError.class,
            () -> DeliveryFiles.under(input).checkHeaders(java.nio.charset.StandardCharsets.UTF_8));
    List<String> lines = e.getMessage().lines().skip(1).map(String::strip).toList();
    List<String> expected =
        List.of(
            "[fjernet] [fjernet] sag [fjernet].csv: line 1 holds values",
            "[fjernet] [fjernet].xlsx: is named .xlsx but is not an Excel workbook",
            "levering.csv: line 1: the header names 2 columns",
            "sag om [fjernet] [fjernet].csv: line 1: the header names a column");
    assertEquals(expected.size(), lines.size(), e.getMessage());
    for (int i = 0; i < lines.size(); i++) {
      assertTrue(lines.get(i).startsWith(expected.get(i)), lines.get(i));
    }
  }

  @Test
  void unique_names_get_a_number_before_the_extension() {
    Set<String> used = new TreeSet<>(Set.of("a.csv", "a (2).csv", "dir.x/b"));
    assertEquals("a (3).csv", DeliveryFiles.unique("a.csv", used));
    assertEquals("dir.x/b (2)", DeliveryFiles.unique("dir.x/b", used));
    assertEquals("c.csv", DeliveryFiles.unique("c.csv", used));
    assertTrue(used.contains("a (3).csv"));
  }

  private static String sortedLines(String message) {
    String[] lines = message.split("\n");
    String head = lines[0];
    List<String> rest = new java.util.ArrayList<>(List.of(lines).subList(1, lines.length));
    rest.sort(null);
    return head + "\n" + String.join("\n", rest);
  }
}
