package dk.socialbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build compiled every JRXML of the module to a {@code .jasper} beside the classes (a broken
 * template fails the build before this test runs), and each loads as the report it names.
 */
class TemplatesCompileTest {
  private static final String FOLDER = "/dk/socialbench/reports/";

  /** The JRXML files of every classpath folder of the package. */
  static List<String> templates() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    Enumeration<URL> folders =
        TemplatesCompileTest.class.getClassLoader().getResources(FOLDER.substring(1));
    for (URL folder : Collections.list(folders)) {
      try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".jrxml"))
            .forEach(names::add);
      }
    }
    Collections.sort(names);
    return names;
  }

  @Test
  void the_three_reports_and_their_shared_body_are_present() throws Exception {
    assertEquals(
        List.of("benchmark.jrxml", "data-quality.jrxml", "figures.jrxml", "national.jrxml"),
        templates());
  }

  @ParameterizedTest
  @MethodSource("templates")
  void each_template_is_compiled_into_the_jar_and_loads(String name)
      throws IOException, JRException {
    String compiled = name.replace(".jrxml", ".jasper");
    try (InputStream in = TemplatesCompileTest.class.getResourceAsStream(FOLDER + compiled)) {
      assertNotNull(in, compiled + " was not compiled by the build");
      JasperReport report = (JasperReport) JRLoader.loadObject(in);
      assertEquals(name.replace(".jrxml", ""), report.getName());
      // The column and its margins fill the page exactly: nothing is cut off when printed.
      assertEquals(
          report.getPageWidth(),
          report.getLeftMargin() + report.getColumnWidth() + report.getRightMargin(),
          name);
    }
  }

  /**
   * The reports are printed by municipalities on A4 portrait: 210 × 297 mm = 595.3 × 841.9 pt (210
   * / 25.4 · 72 and 297 / 25.4 · 72), which JasperReports rounds to 595 × 842. The shared body
   * ({@code figures}, filled into each report's column) is exactly as wide as that column, so its
   * charts and tables neither run off the page nor leave a strip unused.
   */
  @Test
  void the_reports_are_a4_portrait_and_the_shared_body_fills_their_column() throws Exception {
    JasperReport figures = load("figures.jasper");
    for (String name : List.of("benchmark.jasper", "data-quality.jasper", "national.jasper")) {
      JasperReport report = load(name);
      assertEquals(595, report.getPageWidth(), name);
      assertEquals(842, report.getPageHeight(), name);
      assertEquals(report.getColumnWidth(), figures.getPageWidth(), name);
    }
  }

  private static JasperReport load(String compiled) throws IOException, JRException {
    try (InputStream in = TemplatesCompileTest.class.getResourceAsStream(FOLDER + compiled)) {
      assertNotNull(in, compiled + " was not compiled by the build");
      return (JasperReport) JRLoader.loadObject(in);
    }
  }
}
