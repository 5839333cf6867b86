package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRStyledTextAttributeSelector;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRTemplatePrintText;
import org.junit.jupiter.api.Test;

class TemplateTextStylesTest {
  private static final JasperReportsContext CONTEXT = DefaultJasperReportsContext.getInstance();

  @Test
  void every_text_of_a_benchmark_gets_the_attributes_jasperreports_resolves_for_it()
      throws Exception {
    PublishedRun run = SharedRenderer.SEP;
    Perspective perspective =
        Perspective.benchmark(run, ComparisonGroup.of(run, RunFixture.HORSENS, "147,151,157,183"));
    JasperPrint print =
        SharedRenderer.RENDERER
            .pdfReport()
            .fill(
                ReportKind.BENCHMARK,
                run,
                perspective,
                ReportContents.panels(ReportKind.BENCHMARK, new RunDatasets(run), perspective));
    JRStyledTextAttributeSelector jasper =
        JRStyledTextAttributeSelector.getNoBackcolorSelector(CONTEXT);
    TemplateTextStyles once = new TemplateTextStyles(CONTEXT, jasper);
    List<JRPrintText> texts = new ArrayList<>();
    for (JRPrintPage page : print.getPages()) {
      collect(page.getElements(), texts);
    }

    Map<Object, Map<?, ?>> firstOfTemplate = new IdentityHashMap<>();
    for (JRPrintText text : texts) {
      Map<?, ?> attributes = once.getStyledTextAttributes(text);
      assertEquals(jasper.getStyledTextAttributes(text), attributes, text.getFullText());
      Object template = ((JRTemplatePrintText) text).getTemplate();
      Map<?, ?> first = firstOfTemplate.putIfAbsent(template, attributes);
      if (first != null) {
        assertNotSame(first, attributes, "each text gets its own map");
      }
    }
    // The texts of a template share its attributes: far fewer templates than texts.
    assertTrue(texts.size() > 1_000, texts.size() + " texts");
    assertTrue(
        firstOfTemplate.size() * 10 < texts.size(),
        firstOfTemplate.size() + " templates for " + texts.size() + " texts");
  }

  private static void collect(List<JRPrintElement> elements, List<JRPrintText> texts) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintText text) {
        texts.add(text);
      } else if (element instanceof JRPrintFrame frame) {
        collect(frame.getElements(), texts);
      }
    }
  }
}
