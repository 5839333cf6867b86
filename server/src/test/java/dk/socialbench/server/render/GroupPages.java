package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * How much of a chosen-group benchmark does not depend on the group: each municipality's benchmark
 * with its default group and with five municipalities far from it in the run's list, page by page,
 * the pages whose content stream (the page as drawn, tags' ids included; a chart is a form drawn by
 * reference, so its page's stream may be the same for another chart) and text are the same in both.
 * Run by hand on the national fixture (it asserts nothing; PDFBox is a test dependency, not in
 * classpath.txt):
 *
 * <pre>
 * PDFBOX=$(ls ~/.m2/repository/org/apache/pdfbox/{pdfbox,fontbox,pdfbox-io}/3.0.8/*.jar | tr '\n' :)
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$PDFBOX$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.render.GroupPages [municipalities]
 * </pre>
 */
final class GroupPages {
  private GroupPages() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    PublishedRun run = RunFixture.national();
    List<String> codes = new ArrayList<>(run.municipalities());
    ReportRenderer renderer = new ReportRenderer();
    int pages = 0;
    int same = 0;
    List<String> perPage = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      String code = codes.get(m * codes.size() / count);
      int i = codes.indexOf(code);
      List<String> group = new ArrayList<>();
      // Five far from it in the run's list: the fixture's default group is the five after it.
      for (int j = 41; j <= 45; j++) {
        group.add(codes.get((i + j) % codes.size()));
      }
      byte[] standard = renderer.render(ReportKind.BENCHMARK, code, null, run, Format.PDF);
      byte[] chosen =
          renderer.render(ReportKind.BENCHMARK, code, String.join(",", group), run, Format.PDF);
      try (PDDocument a = new RenderedPdf(standard).open();
          PDDocument b = new RenderedPdf(chosen).open()) {
        StringBuilder line = new StringBuilder(code + ":");
        for (int p = 0; p < Math.min(a.getNumberOfPages(), b.getNumberOfPages()); p++) {
          // A chart is a form drawn by reference: the same content stream may draw another chart.
          boolean drawing = Arrays.equals(content(a, p), content(b, p));
          boolean text = text(a, p).equals(text(b, p));
          same += drawing && text ? 1 : 0;
          line.append(drawing && text ? " S" : drawing ? " D" : text ? " T" : " -");
        }
        pages += b.getNumberOfPages();
        perPage.add(line + " (" + a.getNumberOfPages() + "/" + b.getNumberOfPages() + " pages)");
      }
    }
    perPage.forEach(System.out::println);
    System.out.printf(
        "%d chosen-group benchmarks, %d pages: %d the same as with the default group (S: the same"
            + " content stream and text; D: the same stream, other text, i.e. another chart; T:"
            + " the same text, drawn otherwise)%n",
        count, pages, same);
  }

  private static byte[] content(PDDocument document, int page) throws Exception {
    try (InputStream in = document.getPage(page).getContents()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static String text(PDDocument document, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page + 1);
    stripper.setEndPage(page + 1);
    return stripper.getText(document);
  }
}
