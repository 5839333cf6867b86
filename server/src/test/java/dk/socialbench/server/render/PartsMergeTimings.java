package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What joining two exported halves of a benchmark costs at the least: a chosen-group benchmark of
 * the national fixture split in two PDFs (PDFBox's splitter, outside the clock), then the two
 * loaded, merged (PDFBox's merger, which joins the structure trees but keeps both font subsets) and
 * saved, on one thread: its CPU time, against the whole rendering's export thread. Run by hand (it
 * asserts nothing):
 *
 * <pre>
 * PDFBOX=$(ls ~/.m2/repository/org/apache/pdfbox/{pdfbox,fontbox,pdfbox-io}/3.0.8/*.jar | tr '\n' :)
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$PDFBOX$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.render.PartsMergeTimings [joins] [warm-up]
 * </pre>
 */
final class PartsMergeTimings {
  private PartsMergeTimings() {}

  public static void main(String[] args) throws Exception {
    int joins = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    PublishedRun run = RunFixture.national();
    List<String> codes = new ArrayList<>(run.municipalities());
    ReportRenderer renderer = new ReportRenderer();
    List<byte[][]> halves = new ArrayList<>();
    for (int m = 0; m < 4; m++) {
      List<String> group = new ArrayList<>();
      for (int j = 1; j <= 5; j++) {
        group.add(codes.get((m + j) % codes.size()));
      }
      byte[] pdf =
          renderer.render(
              ReportKind.BENCHMARK, codes.get(m), String.join(",", group), run, Format.PDF);
      try (PDDocument whole = Loader.loadPDF(pdf)) {
        Splitter splitter = new Splitter();
        splitter.setSplitAtPage(whole.getNumberOfPages() / 2);
        List<PDDocument> parts = splitter.split(whole);
        halves.add(new byte[][] {bytes(parts.get(0)), bytes(parts.get(1))});
        for (PDDocument part : parts) {
          part.close();
        }
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[joins];
    long size = 0;
    for (int i = -warmUp; i < joins; i++) {
      byte[][] pair = halves.get(Math.floorMod(i, halves.size()));
      long c = threads.getCurrentThreadCpuTime();
      try (PDDocument first = Loader.loadPDF(pair[0]);
          PDDocument second = Loader.loadPDF(pair[1])) {
        new PDFMergerUtility().appendDocument(first, second);
        size = bytes(first).length;
      }
      if (i >= 0) {
        cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
      }
    }
    Arrays.sort(cpu);
    System.out.printf(
        "%d joins after %d: thread CPU median %.1f ms (p25 %.1f, p75 %.1f), %d kB joined%n",
        joins, warmUp, cpu[joins / 2], cpu[joins / 4], cpu[3 * joins / 4], size / 1000);
  }

  private static byte[] bytes(PDDocument document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
