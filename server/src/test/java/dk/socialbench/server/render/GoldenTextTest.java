package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark PDF of Horsens, filled from fixed data, as PDFBox reads its text, against a
 * checked-in expected file. The JVM's locale and time zone are set to others than Danish on
 * purpose: the report must not depend on them.
 *
 * <p>After an intended change, accept the new text with {@code -Dgolden.update=true} and review the
 * diff of {@code src/test/resources/render/benchmark-horsens.txt}.
 */
class GoldenTextTest {
  private static final Path EXPECTED = Path.of("src/test/resources/render/benchmark-horsens.txt");

  private Locale locale;
  private TimeZone zone;

  @BeforeEach
  void foreignDefaults() {
    locale = Locale.getDefault();
    zone = TimeZone.getDefault();
    Locale.setDefault(Locale.US);
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
  }

  @AfterEach
  void restoreDefaults() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  @Test
  void benchmark_text_is_the_checked_in_text() throws IOException {
    byte[] pdf = SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.HORSENS, Format.PDF);
    String actual = new RenderedPdf(pdf).text();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(EXPECTED, StandardCharsets.UTF_8),
        actual,
        "the benchmark's text changed; if intended, run with -Dgolden.update=true and review");
  }
}
