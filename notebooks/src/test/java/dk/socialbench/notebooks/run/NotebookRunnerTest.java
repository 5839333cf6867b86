package dk.socialbench.notebooks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner without Spark: outputs of each kind, and how a failing cell is reported. */
class NotebookRunnerTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @Test
  void cells_run_in_order_and_keep_text_values_and_displays() throws Exception {
    Path nb =
        notebook(
            "# Titel",
            "int a = 20;\nint twice(int x) { return 2 * x; }",
            "System.out.println(\"a er \" + a);\ntwice(a) + 2",
            "dk.socialbench.notebook.Display.html(\"<b>fed</b>\");");
    assertEquals(0, run(nb), printed());
    JsonNode cells = executed(nb).path("cells");
    assertEquals(0, cells.get(1).path("outputs").size());
    JsonNode outputs = cells.get(2).path("outputs");
    assertEquals("a er 20\n", Ipynb.text(outputs.get(0).get("text")));
    assertEquals("execute_result", outputs.get(1).path("output_type").asText());
    assertEquals("42", Ipynb.text(outputs.get(1).path("data").get("text/plain")));
    assertEquals(
        "<b>fed</b>",
        Ipynb.text(cells.get(3).path("outputs").get(0).path("data").get("text/html")));
    assertTrue(Files.readString(dir.resolve("out/nb.html")).contains("<b>fed</b>"));
  }

  @Test
  void a_failing_cell_stops_the_run_with_its_number_line_and_error() throws Exception {
    Path nb =
        notebook(
            "# Titel",
            "String s = \"x\";",
            "System.out.println(s);\n// a comment\nObject o = null;\no.toString();",
            "System.out.println(\"never\");");
    assertEquals(1, run(nb));
    assertTrue(printed().contains("cell 3 failed at line 4: o.toString();"), printed());
    assertTrue(printed().contains("java.lang.NullPointerException"), printed());
    JsonNode cells = executed(nb).path("cells");
    JsonNode error = cells.get(2).path("outputs").get(1);
    assertEquals("error", error.path("output_type").asText());
    assertEquals("java.lang.NullPointerException", error.path("ename").asText());
    assertTrue(cells.get(3).path("execution_count").isNull());
  }

  @Test
  void statements_run_as_one_block_still_report_the_failing_line() throws Exception {
    Path nb =
        notebook(
            "# Titel",
            "int a = 1;\nSystem.out.println(a);\nSystem.out.println(a + 1);\nObject o = null;\n"
                + "System.out.println(\"x\");\n\no.toString();");
    assertEquals(1, run(nb));
    assertTrue(printed().contains("cell 2 failed at line 7: o.toString();"), printed());
    JsonNode outputs = executed(nb).path("cells").get(1).path("outputs");
    assertEquals("1\n2\nx\n", Ipynb.text(outputs.get(0).get("text")));
  }

  @Test
  void declarations_are_never_joined_into_a_block() {
    for (String declaration :
        List.of(
            "var x = 1;",
            "String s = \"a\";",
            "Map<String, List<Integer>> m = new HashMap<>();",
            "int[] a = {1};",
            "Column n = col(\"a\"), p = col(\"b\");",
            "static int twice(int x) { return 2 * x; }",
            "int twice(int x) { return 2 * x; }",
            "import java.util.*;",
            "record P(int x) {}")) {
      assertTrue(!CellUnits.isStatement(declaration), declaration);
    }
    for (String statement :
        List.of(
            "System.out.println(1);",
            "Tables.show(nb.compute(\"goal_type\"));",
            "x = 2;",
            "if (x > 1) { System.out.println(x); }",
            "new StringBuilder().append(1);",
            "nb.spark().udf().register(\"f\", f, t);")) {
      assertTrue(CellUnits.isStatement(statement), statement);
    }
  }

  @Test
  void a_compilation_error_names_the_line_and_the_compiler_message() throws Exception {
    Path nb = notebook("# Titel", "int a = 1;\nint b = \"tekst\";");
    assertEquals(1, run(nb));
    assertTrue(printed().contains("cell 2 failed at line 2: int b = \"tekst\";"), printed());
    assertTrue(printed().contains("incompatible types"), printed());
  }

  @Test
  void an_unknown_symbol_is_reported_as_such() throws Exception {
    Path nb = notebook("# Titel", "var x = Nonexistent.open();");
    assertEquals(1, run(nb));
    assertTrue(printed().contains("cell 2 failed at line 1"), printed());
    assertTrue(printed().contains("Nonexistent"), printed());
  }

  private int run(Path nb) throws Exception {
    return NotebookRunCommand.execute(
        List.of(nb),
        dir,
        dir.resolve("out"),
        "local[1]",
        Map.of(),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private JsonNode executed(Path nb) throws Exception {
    return Ipynb.JSON.readTree(dir.resolve("out").resolve(nb.getFileName()).toFile());
  }

  /** A notebook of one markdown cell and the given code cells. */
  private Path notebook(String markdown, String... code) throws Exception {
    ObjectNode root = Ipynb.JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
    root.putObject("metadata").putObject("kernelspec").put("name", "java").put("language", "java");
    ArrayNode cells = root.putArray("cells");
    cells
        .addObject()
        .put("cell_type", "markdown")
        .put("id", "m")
        .put("source", markdown)
        .putObject("metadata");
    int i = 0;
    for (String c : code) {
      ObjectNode cell = cells.addObject().put("cell_type", "code").put("id", "c" + i++);
      cell.set("source", Ipynb.lines(c));
      cell.putObject("metadata");
      cell.putNull("execution_count");
      cell.putArray("outputs");
    }
    Path file = dir.resolve("nb.ipynb");
    Files.writeString(file, root.toString());
    return file;
  }
}
