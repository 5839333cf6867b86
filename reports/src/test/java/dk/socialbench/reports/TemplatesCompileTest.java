package dk.socialbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
      assertTrue(report.getPageWidth() > 0);
    }
  }
}
