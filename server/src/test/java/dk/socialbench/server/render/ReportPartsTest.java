package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.junit.jupiter.api.Test;

/**
 * A report filled in two parts at once is the report filled in one piece, byte for byte: the cut
 * falls between sections, and the parts are joined only where one fill would start a page.
 */
class ReportPartsTest {

  @Test
  void the_cut_falls_where_the_section_begins() {
    List<FigurePanel> panels = List.of(panel("a", 2), panel("b", 10), panel("b", 1), panel("c", 8));
    assertEquals(1, ReportParts.cut(panels, "b"));
    assertEquals(3, ReportParts.cut(panels, "c"));
  }

  @Test
  void a_report_is_not_cut_before_its_first_section_or_one_it_lacks() {
    List<FigurePanel> panels = List.of(panel("a", 2), panel("b", 10));
    assertEquals(0, ReportParts.cut(panels, "a"));
    assertEquals(0, ReportParts.cut(panels, "z"));
    assertEquals(0, ReportParts.cut(panels, null));
  }

  @Test
  void benchmarks_filled_in_parts_are_the_pdfs_filled_in_one_piece() {
    ReportRenderer whole =
        new ReportRenderer(
            DefaultJasperReportsContext.getInstance(),
            ReportRenderer.PdfExporter.SINGLE_LINE_CELLS,
            false);
    ReportRenderer parts = SharedRenderer.RENDERER;
    long refillsBefore = parts.pdfReport().refills();
    PublishedRun national = RunFixture.national();
    List<String> codes = new ArrayList<>(national.municipalities());
    Collections.sort(codes);
    int renderings = 0;
    for (int i = 0; i < codes.size(); i += 33) {
      String code = codes.get(i);
      String group =
          String.join(
              ",",
              codes.get((i + 1) % codes.size()),
              codes.get((i + 2) % codes.size()),
              codes.get((i + 3) % codes.size()));
      for (String compare : new String[] {null, group}) {
        byte[] expected = whole.render(ReportKind.BENCHMARK, code, compare, national, Format.PDF);
        byte[] actual = parts.render(ReportKind.BENCHMARK, code, compare, national, Format.PDF);
        assertSamePdf(expected, actual, code + " compared with " + compare);
        renderings++;
      }
    }
    for (String code : RunFixture.SEP) {
      byte[] expected =
          whole.render(ReportKind.BENCHMARK, code, null, SharedRenderer.SEP, Format.PDF);
      byte[] actual =
          parts.render(ReportKind.BENCHMARK, code, null, SharedRenderer.SEP, Format.PDF);
      assertSamePdf(expected, actual, code + " of the SEP run");
      renderings++;
    }
    // Some were joined from their parts, not all filled again in one piece.
    long refills = parts.pdfReport().refills() - refillsBefore;
    assertTrue(refills < renderings, refills + " of " + renderings + " filled again");
  }

  /**
   * Byte for byte; where not, both files are kept under target/ for a look (CI's clone keeps them):
   * once, under CI's load, a one-piece fill came out 2.7 KB longer than its parts.
   */
  private static void assertSamePdf(byte[] expected, byte[] actual, String what) {
    if (!Arrays.equals(expected, actual)) {
      try {
        Path folder = Files.createDirectories(Path.of("target", "report-parts-mismatch"));
        String name = what.replaceAll("[^0-9A-Za-z]+", "-");
        Files.write(folder.resolve(name + "-one-piece.pdf"), expected);
        Files.write(folder.resolve(name + "-in-parts.pdf"), actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertArrayEquals(expected, actual, what);
  }

  private static FigurePanel panel(String section, int rows) {
    List<TableRow> tableRows = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      tableRows.add(new TableRow("Kommune " + i, null, List.of("1"), TableRow.Emphasis.NONE));
    }
    return FigurePanel.builder(section, "Afsnit " + section, null)
        .table("Kommune", null, List.of("Antal"), tableRows)
        .build();
  }
}
