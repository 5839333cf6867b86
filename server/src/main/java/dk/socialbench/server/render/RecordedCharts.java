package dk.socialbench.server.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import net.sf.jasperreports.charts.util.AbstractChartRenderableFactory;
import net.sf.jasperreports.charts.util.ChartHyperlinkProvider;
import net.sf.jasperreports.charts.util.ChartRenderableFactory;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.renderers.Renderable;
import org.jfree.chart.JFreeChart;

/**
 * Charts drawn into a {@link ChartRecording} beside the export, for the export to replay: the
 * charts' layout (about half of drawing them) is then off the export's thread, which is a
 * rendering's one serial stage. Named in {@link PdfReport}'s context as JasperReports' {@code draw}
 * chart renderer; made by JasperReports.
 */
public final class RecordedCharts extends AbstractChartRenderableFactory {
  /** {@code false} in the context draws the charts in the export, as JasperReports does. */
  static final String PROPERTY = "dk.socialbench.charts.recorded";

  /** Made by JasperReports (once per class) when a context names it; not for direct use. */
  public RecordedCharts() {}

  /**
   * {@code parent} with its charts recorded beside the export, unless it sets {@link #PROPERTY}
   * false.
   */
  static JasperReportsContext context(JasperReportsContext parent) {
    if ("false".equals(parent.getProperty(PROPERTY))) {
      return parent;
    }
    SimpleJasperReportsContext context = new SimpleJasperReportsContext(parent);
    context.setProperty(
        ChartRenderableFactory.PROPERTY_CHART_RENDERER_FACTORY_PREFIX + "draw",
        RecordedCharts.class.getName());
    return context;
  }

  @Override
  public Renderable getRenderable(
      JasperReportsContext context,
      JFreeChart chart,
      ChartHyperlinkProvider hyperlinks,
      Rectangle2D bounds) {
    return new Chart(chart, hyperlinks, bounds);
  }

  /**
   * Records the charts of {@code print} in the order of its pages, the order the exporter replays
   * them in: run on a thread of its own beside the export, it lays the charts out ahead of it.
   */
  static void record(JasperPrint print) {
    for (JRPrintPage page : print.getPages()) {
      record(page.getElements());
    }
  }

  private static void record(List<JRPrintElement> elements) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        record(frame.getElements());
      } else if (element instanceof JRPrintImage image
          && image.getRenderer() instanceof Chart chart) {
        chart.record();
      }
    }
  }

  /**
   * A chart drawn once into a recording, by {@link #record(JasperPrint)}'s thread or else by the
   * exporter when it gets to the chart; replayed if the exporter's graphics has the recorded size
   * and starts in the recorded state, else drawn there as before.
   */
  static final class Chart extends DrawChartRendererImpl {
    private static final long serialVersionUID = 1L;

    private final Rectangle2D bounds;
    private final transient FutureTask<ChartRecording> recording;

    Chart(JFreeChart chart, ChartHyperlinkProvider hyperlinks, Rectangle2D bounds) {
      super(chart, hyperlinks);
      this.bounds = (Rectangle2D) bounds.clone();
      this.recording =
          new FutureTask<>(
              () -> {
                ChartRecording r =
                    ChartRecording.of((float) bounds.getWidth(), (float) bounds.getHeight());
                chart.draw(r, this.bounds);
                return r;
              });
    }

    /** Records the chart unless it is recorded or being recorded. */
    void record() {
      recording.run();
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
      ChartRecording r = recorded();
      if (r != null && replays(r, g, area)) {
        r.replayOn(g);
      } else {
        super.render(context, g, area);
      }
    }

    /** Whether the recording is what drawing the chart on {@code g} in {@code area} would do. */
    boolean replays(Graphics2D g, Rectangle2D area) {
      ChartRecording r = recorded();
      return r != null && replays(r, g, area);
    }

    private boolean replays(ChartRecording r, Graphics2D g, Rectangle2D area) {
      return bounds.equals(area) && r.start().equals(ChartRecording.stateOf(g));
    }

    /** The recording, made now if no one has started it; null if it failed (drawn as before). */
    private ChartRecording recorded() {
      if (recording == null) {
        return null;
      }
      recording.run();
      try {
        return recording.get();
      } catch (ExecutionException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }
}
