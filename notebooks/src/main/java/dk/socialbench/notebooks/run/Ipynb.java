package dk.socialbench.notebooks.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.socialbench.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook file (nbformat 4) as a JSON tree: read, its cells, outputs set, written back
 * the way Jupyter writes it (one-space indent, multi-line strings as lists of lines). Whatever the
 * runner does not touch (metadata, attachments, cell ids) is kept as it was.
 */
final class Ipynb {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root;

  private Ipynb(ObjectNode root) {
    this.root = root;
  }

  static Ipynb read(Path file) {
    JsonNode node;
    try {
      node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new UserError(
          file + " is not a Jupyter notebook (not JSON): " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage());
    }
    if (!(node instanceof ObjectNode o) || !o.path("cells").isArray()) {
      throw new UserError(file + " is not a Jupyter notebook: no 'cells' list");
    }
    if (o.path("nbformat").asInt() != 4) {
      throw new UserError(
          file + " has nbformat " + o.path("nbformat") + "; the runner reads nbformat 4");
    }
    return new Ipynb(o);
  }

  /** A copy to fill with outputs, so the source notebook stays as it is. */
  Ipynb copy() {
    return new Ipynb(root.deepCopy());
  }

  List<ObjectNode> cells() {
    List<ObjectNode> cells = new ArrayList<>();
    root.withArray("cells").forEach(c -> cells.add((ObjectNode) c));
    return cells;
  }

  /** The notebook's title: its first markdown heading, else the fallback. */
  String title(String fallback) {
    for (ObjectNode c : cells()) {
      if ("markdown".equals(c.path("cell_type").asText())) {
        for (String line : source(c).split("\n")) {
          if (line.startsWith("# ")) {
            return line.substring(2).strip();
          }
        }
      }
    }
    return fallback;
  }

  static boolean isCode(ObjectNode cell) {
    return "code".equals(cell.path("cell_type").asText());
  }

  /** A cell's source as one string ("source" is a string or a list of lines). */
  static String source(ObjectNode cell) {
    return text(cell.get("source"));
  }

  static String text(JsonNode multiline) {
    if (multiline == null || multiline.isNull()) {
      return "";
    }
    if (multiline.isArray()) {
      StringBuilder b = new StringBuilder();
      multiline.forEach(l -> b.append(l.asText()));
      return b.toString();
    }
    return multiline.asText();
  }

  /** The multi-line string of nbformat: a list of lines, each but the last ending with \n. */
  static ArrayNode lines(String text) {
    ArrayNode a = JSON.createArrayNode();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      a.add(text.substring(start, end));
      start = end;
    }
    return a;
  }

  void write(Path file) throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter(" ", "\n"));
    printer.indentArraysWith(new DefaultIndenter(" ", "\n"));
    String json = JSON.writer(printer).writeValueAsString(root);
    Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
  }
}
