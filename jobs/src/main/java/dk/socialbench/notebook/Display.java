package dk.socialbench.notebook;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rich cell output (HTML tables, PNG charts) for the notebook runner and for an interactive Jupyter
 * kernel. {@link Tables} and {@link Charts} call it; a cell may call it directly, e.g. {@code
 * Display.html("<b>NB:</b> små tal")}.
 *
 * <p>Under {@code socialbench notebook run} each call becomes one {@code display_data} output of
 * the running cell. In Jupyter with the IJava kernel the output goes to the kernel's display (found
 * by reflection, as the kernel is not a dependency); elsewhere its plain text is printed.
 */
public final class Display {
  private Display() {}

  /** One output: MIME type to content (text, or base64 for images), as nbformat stores it. */
  public record Output(Map<String, String> data) {
    public Output {
      data = Map.copyOf(data);
    }
  }

  private static final List<Output> pending = new ArrayList<>();
  private static boolean collecting;

  /** Shows an HTML fragment. */
  public static void html(String html) {
    Objects.requireNonNull(html, "html == null");
    show(Map.of("text/html", html, "text/plain", "[HTML]"));
  }

  /** Shows a PNG image; {@code description} is its plain-text alternative. */
  public static void png(byte[] png, String description) {
    Objects.requireNonNull(png, "png == null");
    Map<String, String> data = new LinkedHashMap<>();
    data.put("image/png", Base64.getEncoder().encodeToString(png));
    data.put("text/plain", description == null ? "[chart]" : description);
    show(data);
  }

  static synchronized void show(Map<String, String> data) {
    Output out = new Output(data);
    if (collecting) {
      pending.add(out);
    } else if (!Kernel.display(out)) {
      System.out.println(out.data().getOrDefault("text/plain", ""));
    }
  }

  /** Called by the runner: from now on outputs are kept for {@link #drain()}. */
  public static synchronized void collect() {
    collecting = true;
  }

  /** Called by the runner after each cell: the outputs the cell produced, in order. */
  public static synchronized List<Output> drain() {
    List<Output> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  /** The IJava kernel's display, when the notebook runs in Jupyter with IJava. */
  private static final class Kernel {
    private static final String DISPLAY = "io.github.spencerpark.ijava.runtime.Display";
    private static final String DATA = "io.github.spencerpark.jupyter.kernel.display.DisplayData";

    static boolean display(Output out) {
      try {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> dataClass = Class.forName(DATA, true, loader);
        Object data = dataClass.getConstructor().newInstance();
        Method put = null;
        for (Method m : dataClass.getMethods()) {
          Class<?>[] p = m.getParameterTypes();
          if (m.getName().equals("putData") && p.length == 2 && p[0] == String.class) {
            put = m; // putData(String mime, String|Object data), depending on the version
          }
        }
        if (put == null) {
          return false;
        }
        for (Map.Entry<String, String> e : out.data().entrySet()) {
          put.invoke(data, e.getKey(), e.getValue());
        }
        Class.forName(DISPLAY, true, loader).getMethod("display", Object.class).invoke(null, data);
        return true;
      } catch (ReflectiveOperationException | LinkageError e) {
        return false;
      }
    }
  }
}
