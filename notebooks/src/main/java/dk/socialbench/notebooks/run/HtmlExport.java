package dk.socialbench.notebooks.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.socialbench.contract.Html;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A standalone HTML page of an executed notebook: markdown rendered, code with its execution count,
 * outputs as a notebook viewer shows them (text, HTML tables, PNG charts, errors).
 */
final class HtmlExport {
  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:980px;margin:2em auto;\
      padding:0 1em;color:#222;line-height:1.45}
      .md{margin:1em 0}
      .code{margin:1em 0}
      .prompt{color:#888;font:12px monospace}
      pre{background:#f6f8fa;padding:.7em;overflow-x:auto;font-size:13px;border-radius:4px}
      pre.out{background:#fff;border-left:3px solid #ddd}
      pre.err{background:#fff0f0;border-left:3px solid #c33;color:#900}
      table{border-collapse:collapse;font-size:13px;margin:.5em 0}
      th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
      th{background:#f0f0f0}
      img{max-width:100%}
      """;

  private HtmlExport() {}

  static String render(Ipynb notebook, String name) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(notebook.title(name)))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    for (ObjectNode cell : notebook.cells()) {
      if (Ipynb.isCode(cell)) {
        code(b, cell);
      } else if ("markdown".equals(cell.path("cell_type").asText())) {
        b.append("<div class=\"md\">\n")
            .append(HTML.render(MARKDOWN.parse(Ipynb.source(cell))))
            .append("</div>\n");
      }
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static void code(StringBuilder b, ObjectNode cell) {
    JsonNode count = cell.get("execution_count");
    String prompt = count == null || count.isNull() ? " " : count.asText();
    b.append("<div class=\"code\">\n<div class=\"prompt\">In [")
        .append(prompt)
        .append("]:</div>\n<pre><code class=\"language-java\">")
        .append(Html.escape(Ipynb.source(cell)))
        .append("</code></pre>\n");
    for (JsonNode out : cell.path("outputs")) {
      output(b, out);
    }
    b.append("</div>\n");
  }

  private static void output(StringBuilder b, JsonNode out) {
    switch (out.path("output_type").asText()) {
      case "stream" -> pre(b, Ipynb.text(out.get("text")), "out");
      case "error" -> {
        StringBuilder t = new StringBuilder();
        out.path("traceback").forEach(l -> t.append(l.asText()).append('\n'));
        pre(b, t.toString(), "err");
      }
      default -> {
        JsonNode data = out.path("data");
        if (data.has("image/png")) {
          b.append("<img alt=\"")
              .append(Html.escape(Ipynb.text(data.get("text/plain"))))
              .append("\" src=\"data:image/png;base64,")
              .append(data.get("image/png").asText().replace("\n", ""))
              .append("\">\n");
        } else if (data.has("text/html")) {
          b.append(Ipynb.text(data.get("text/html"))).append('\n');
        } else {
          pre(b, Ipynb.text(data.get("text/plain")), "out");
        }
      }
    }
  }

  private static void pre(StringBuilder b, String text, String css) {
    b.append("<pre class=\"")
        .append(css)
        .append("\">")
        .append(Html.escape(text))
        .append("</pre>\n");
  }
}
