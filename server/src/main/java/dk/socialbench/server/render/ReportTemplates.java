package dk.socialbench.server.render;

import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates of {@code dk/socialbench/reports/}, compiled when the reports module was
 * built ({@code .jasper} files in its jar) and loaded once. A compiled {@link JasperReport} is
 * immutable and may be filled by many threads at once.
 */
final class ReportTemplates {
  private static final String FOLDER = "/dk/socialbench/reports/";

  private final JasperReport figures;
  private final Map<ReportKind, JasperReport> covers = new EnumMap<>(ReportKind.class);

  ReportTemplates() {
    this.figures = load("figures.jasper");
    for (ReportKind kind : ReportKind.values()) {
      covers.put(kind, load(kind.slug() + ".jasper"));
    }
  }

  /** The body every report shares. */
  JasperReport figures() {
    return figures;
  }

  /** The report of {@code kind}: its cover and page frame, with {@link #figures()} inside. */
  JasperReport cover(ReportKind kind) {
    return covers.get(kind);
  }

  private static JasperReport load(String name) {
    try (InputStream in = ReportTemplates.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            FOLDER
                + name
                + " is missing from the classpath: build the reports module, which"
                + " compiles the templates");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (JRException e) {
      throw new IllegalStateException(
          "compiled template " + name + " does not load: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
