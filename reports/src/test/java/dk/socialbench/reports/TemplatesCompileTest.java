package dk.socialbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compiles every JRXML of the module, so that a broken template fails the build, not a request. */
class TemplatesCompileTest {
  private static final String FOLDER = "/dk/socialbench/reports/";

  /**
   * The JRXML files of every classpath folder of the package (main resources and tests share it).
   */
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
  void template_compiles(String name) throws IOException, JRException {
    try (InputStream in = TemplatesCompileTest.class.getResourceAsStream(FOLDER + name)) {
      JasperReport report = JasperCompileManager.compileReport(in);
      assertEquals(name.replace(".jrxml", ""), report.getName());
      assertTrue(report.getPageWidth() > 0);
    }
  }
}
