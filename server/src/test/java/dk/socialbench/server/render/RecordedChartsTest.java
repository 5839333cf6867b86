package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.junit.jupiter.api.Test;

/**
 * Charts recorded beside the export and replayed in it give the PDFs of charts drawn in the export,
 * byte for byte, and every chart of a benchmark is replayed, not drawn again.
 */
class RecordedChartsTest {

  @Test
  void reports_with_recorded_charts_are_the_pdfs_with_charts_drawn_in_the_export() {
    SimpleJasperReportsContext drawnContext =
        new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    drawnContext.setProperty(RecordedCharts.PROPERTY, "false");
    ReportRenderer drawn =
        new ReportRenderer(drawnContext, ReportRenderer.PdfExporter.SINGLE_LINE_CELLS);
    ReportRenderer recorded = SharedRenderer.RENDERER;
    PublishedRun sep = SharedRenderer.SEP;
    for (String code : RunFixture.SEP) {
      for (ReportKind kind : new ReportKind[] {ReportKind.BENCHMARK, ReportKind.DATA_QUALITY}) {
        assertArrayEquals(
            drawn.render(kind, code, sep, Format.PDF),
            recorded.render(kind, code, sep, Format.PDF),
            kind + " of " + code);
      }
    }
    assertArrayEquals(
        drawn.render(ReportKind.NATIONAL, null, sep, Format.PDF),
        recorded.render(ReportKind.NATIONAL, null, sep, Format.PDF),
        "national report");
    PublishedRun national = RunFixture.national();
    List<String> codes = new ArrayList<>(national.municipalities());
    for (int i = 0; i < codes.size(); i += 47) {
      String group = chosenGroup(codes, i);
      assertArrayEquals(
          drawn.render(ReportKind.BENCHMARK, codes.get(i), group, national, Format.PDF),
          recorded.render(ReportKind.BENCHMARK, codes.get(i), group, national, Format.PDF),
          codes.get(i) + " compared with " + group);
    }
  }

  @Test
  void every_chart_of_a_benchmark_is_recorded_and_replays_in_the_exporters_graphics()
      throws Exception {
    List<JRPrintImage> charts = charts(filledBenchmark());
    // A chosen-group benchmark of the national fixture has dozens of charts (summary, funnels,
    // sections); what matters is that none is left to JasperReports' drawing.
    assertTrue(charts.size() > 20, charts.size() + " charts");
    for (JRPrintImage image : charts) {
      RecordedCharts.Chart chart = (RecordedCharts.Chart) image.getRenderer();
      Graphics2D g = exportersGraphics(image);
      assertTrue(
          chart.replays(g, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight())),
          "chart at " + image.getX() + "," + image.getY());
    }
  }

  @Test
  void a_chart_is_drawn_again_where_the_exporters_graphics_starts_otherwise() throws Exception {
    JRPrintImage image = charts(filledBenchmark()).get(0);
    RecordedCharts.Chart chart = (RecordedCharts.Chart) image.getRenderer();
    Rectangle2D area = new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight());
    // An opaque chart's background is filled, in its colour, before the chart is drawn.
    Graphics2D coloured = exportersGraphics(image);
    coloured.setColor(Color.RED);
    assertFalse(chart.replays(coloured, area));
    Graphics2D larger = exportersGraphics(image);
    assertFalse(
        chart.replays(
            larger, new Rectangle2D.Double(0, 0, image.getWidth() + 1, image.getHeight())));
  }

  @Test
  void a_line_changed_after_it_was_drawn_is_replayed_as_it_was_drawn() {
    // JFreeChart's renderers draw one working line again and again, moved between the calls.
    ChartRecording recording = ChartRecording.of(100, 50);
    Line2D working = new Line2D.Double(0, 0, 10, 10);
    recording.draw(working);
    working.setLine(5, 5, 20, 40);
    recording.draw(working);
    PdfContentByte replayed = new PdfContentByte(null);
    Graphics2D replay = new PdfGraphics2D(replayed, 100, 50);
    recording.replayOn(replay);
    replay.dispose();
    PdfContentByte direct = new PdfContentByte(null);
    Graphics2D g = new PdfGraphics2D(direct, 100, 50);
    g.draw(new Line2D.Double(0, 0, 10, 10));
    g.draw(new Line2D.Double(5, 5, 20, 40));
    g.dispose();
    assertEquals(direct.toString(), replayed.toString());
    assertEquals(2, recording.calls());
  }

  /** A graphics as JasperReports' PDF producer makes one for an image of {@code image}'s size. */
  private static Graphics2D exportersGraphics(JRPrintImage image) {
    return new PdfGraphics2D(new PdfContentByte(null), image.getWidth(), image.getHeight());
  }

  private static JasperPrint filledBenchmark() throws Exception {
    PublishedRun run = RunFixture.national();
    List<String> codes = new ArrayList<>(run.municipalities());
    Perspective perspective =
        Perspective.benchmark(run, ComparisonGroup.of(run, codes.get(3), chosenGroup(codes, 3)));
    return SharedRenderer.RENDERER
        .pdfReport()
        .fill(
            ReportKind.BENCHMARK,
            run,
            perspective,
            ReportContents.panels(ReportKind.BENCHMARK, new RunDatasets(run), perspective));
  }

  /** Every image drawn by JFreeChart, each asserted to be a recorded chart. */
  private static List<JRPrintImage> charts(JasperPrint print) {
    List<JRPrintImage> charts = new ArrayList<>();
    for (JRPrintPage page : print.getPages()) {
      collect(page.getElements(), charts);
    }
    return charts;
  }

  private static void collect(List<JRPrintElement> elements, List<JRPrintImage> charts) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        collect(frame.getElements(), charts);
      } else if (element instanceof JRPrintImage image
          && image.getRenderer() instanceof DrawChartRendererImpl renderer) {
        assertTrue(renderer instanceof RecordedCharts.Chart, renderer.getClass().getName());
        charts.add(image);
      }
    }
  }

  /** Five municipalities 41–45 places after the {@code i}th: not its default group. */
  private static String chosenGroup(List<String> codes, int i) {
    List<String> group = new ArrayList<>();
    for (int j = 41; j < 46; j++) {
      group.add(codes.get((i + j) % codes.size()));
    }
    return String.join(",", group);
  }
}
