package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;

/**
 * One renderer and the fixture runs for every test class of the package, so that the templates are
 * compiled once per test JVM, as they are once per server.
 */
final class SharedRenderer {
  static final ReportRenderer RENDERER = new ReportRenderer();
  static final PublishedRun SEP = RunFixture.sep();

  private SharedRenderer() {}

  static byte[] render(ReportKind kind, String municipality, Format format) {
    return RENDERER.render(kind, municipality, SEP, format);
  }
}
