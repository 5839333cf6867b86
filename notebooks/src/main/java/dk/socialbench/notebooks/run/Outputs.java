package dk.socialbench.notebooks.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The outputs of one cell as nbformat 4 JSON, consecutive text of one stream merged. */
final class Outputs {
  private final List<ObjectNode> list = new ArrayList<>();

  void stream(String name, String text) {
    if (text.isEmpty()) {
      return;
    }
    ObjectNode last = list.isEmpty() ? null : list.get(list.size() - 1);
    if (last != null
        && "stream".equals(last.path("output_type").asText())
        && name.equals(last.path("name").asText())) {
      last.set("text", Ipynb.lines(Ipynb.text(last.get("text")) + text));
      return;
    }
    ObjectNode o = Ipynb.JSON.createObjectNode();
    o.put("output_type", "stream").put("name", name).set("text", Ipynb.lines(text));
    list.add(o);
  }

  void display(Map<String, String> data) {
    ObjectNode o = Ipynb.JSON.createObjectNode().put("output_type", "display_data");
    o.set("data", bundle(data));
    o.putObject("metadata");
    list.add(o);
  }

  void result(int count, String value) {
    ObjectNode o = Ipynb.JSON.createObjectNode().put("output_type", "execute_result");
    o.put("execution_count", count);
    o.set("data", bundle(Map.of("text/plain", value)));
    o.putObject("metadata");
    list.add(o);
  }

  static ObjectNode error(CellRunner.Failure f) {
    ObjectNode o = Ipynb.JSON.createObjectNode().put("output_type", "error");
    o.put("ename", f.name()).put("evalue", f.message());
    var trace = o.putArray("traceback");
    trace.add(f.name() + ": " + f.message());
    trace.add("\tat line " + f.line() + ": " + f.sourceLine());
    f.trace().forEach(trace::add);
    return o;
  }

  private static ObjectNode bundle(Map<String, String> data) {
    ObjectNode b = Ipynb.JSON.createObjectNode();
    data.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                b.set(
                    e.getKey(),
                    e.getKey().startsWith("image/")
                        ? Ipynb.JSON.getNodeFactory().textNode(e.getValue())
                        : Ipynb.lines(e.getValue())));
    return b;
  }

  List<ObjectNode> list() {
    return List.copyOf(list);
  }
}
