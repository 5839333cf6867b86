package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server deflates a PDF's streams at the fastest level instead of OpenPDF's default: only the
 * compressed bytes may change, so every object of the file, its streams inflated, must be the one
 * written at the default level, and the cross-reference stream must still point at each object.
 */
class PdfCompressionTest {
  private static final Pattern OBJECT = Pattern.compile("(?m)^(\\d+) 0 obj\\s*");
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
  private static final String STREAM = "\u0000stream\u0000";

  @ParameterizedTest
  @EnumSource(ReportKind.class)
  void the_fastest_deflate_writes_the_same_objects_as_the_default_level(ReportKind kind)
      throws Exception {
    JasperPrint print = filled(kind);
    byte[] usual = exported(print, Deflater.DEFAULT_COMPRESSION);
    byte[] fast = exported(print, null);

    Map<Integer, String> usualObjects = objects(usual);
    Map<Integer, String> fastObjects = objects(fast);
    assertTrue(usualObjects.size() > 10, usualObjects.size() + " objects");
    assertEquals(usualObjects.keySet(), fastObjects.keySet());
    for (int number : usualObjects.keySet()) {
      if (!usualObjects.get(number).contains("/Type/XRef")) { // its offsets follow the sizes
        assertEquals(usualObjects.get(number), fastObjects.get(number), "object " + number);
      }
    }
    // The level reached OpenPDF: the fastest deflate leaves more bytes.
    assertTrue(fast.length > usual.length, fast.length + " vs " + usual.length);
    assertCrossReferencesPointAtTheirObjects(fast, fastObjects);
  }

  private static JasperPrint filled(ReportKind kind) throws JRException {
    PublishedRun run = SharedRenderer.SEP;
    Perspective perspective =
        kind == ReportKind.BENCHMARK
            ? Perspective.benchmark(
                run, ComparisonGroup.of(run, RunFixture.HORSENS, "147,151,157,183"))
            : Perspective.of(run, kind == ReportKind.NATIONAL ? null : RunFixture.HORSENS);
    JasperPrint print =
        SharedRenderer.RENDERER
            .pdfReport()
            .fill(
                kind,
                run,
                perspective,
                ReportContents.panels(kind, new RunDatasets(run), perspective));
    DeterministicPdf.stamp(print, run.created(), kind.name());
    return print;
  }

  /** Exported as the server does; {@code level} null for the server's own. */
  private static byte[] exported(JasperPrint print, Integer level) throws JRException {
    SimpleJasperReportsContext context =
        new SimpleJasperReportsContext(
            DeterministicPdf.context(DefaultJasperReportsContext.getInstance()));
    if (level != null) {
      context.setProperty(DeterministicPdf.COMPRESSION_PROPERTY, level.toString());
    }
    return DeterministicPdf.withContentId(
        PdfReport.export(print, "titel", new CellPdfExporter(context)));
  }

  /** Each object by number: its dictionary without the length, then {@link #STREAM} inflated. */
  private static Map<Integer, String> objects(byte[] pdf) throws DataFormatException {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<Integer, String> objects = new TreeMap<>();
    Matcher object = OBJECT.matcher(text);
    int from = 0;
    while (object.find(from)) {
      int end = text.indexOf("endobj", object.end());
      int stream = text.indexOf("stream", object.end());
      String head = text.substring(object.end(), stream >= 0 && stream < end ? stream : end);
      StringBuilder normal = new StringBuilder(LENGTH.matcher(head).replaceAll("/Length ?"));
      if (stream >= 0 && stream < end) {
        Matcher length = LENGTH.matcher(head);
        assertTrue(length.find(), "a stream without a length: " + head);
        int data = stream + (text.charAt(stream + 6) == '\r' ? 8 : 7);
        int n = Integer.parseInt(length.group(1));
        normal
            .append(STREAM)
            .append(new String(inflated(pdf, data, n), StandardCharsets.ISO_8859_1));
        end = text.indexOf("endobj", data + n);
      }
      objects.put(Integer.parseInt(object.group(1)), normal.toString());
      from = end;
    }
    return objects;
  }

  private static byte[] inflated(byte[] pdf, int from, int length) throws DataFormatException {
    Inflater inflater = new Inflater();
    inflater.setInput(pdf, from, length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && inflater.needsInput()) {
        throw new DataFormatException("a stream ends before its deflate data");
      }
      out.write(buffer, 0, n);
    }
    inflater.end();
    return out.toByteArray();
  }

  /** Every in-file entry of the cross-reference stream is the offset of that object's header. */
  private static void assertCrossReferencesPointAtTheirObjects(
      byte[] pdf, Map<Integer, String> objects) {
    String xref =
        objects.values().stream().filter(o -> o.contains("/Type/XRef")).findFirst().orElseThrow();
    Matcher widths = Pattern.compile("/W ?\\[(\\d+) (\\d+) (\\d+)]").matcher(xref);
    assertTrue(widths.find(), xref.substring(0, Math.min(200, xref.length())));
    int[] w = {
      Integer.parseInt(widths.group(1)),
      Integer.parseInt(widths.group(2)),
      Integer.parseInt(widths.group(3))
    };
    Matcher index = Pattern.compile("/Index ?\\[0 (\\d+)]").matcher(xref);
    assertTrue(index.find(), "one subsection from object 0");
    int size = Integer.parseInt(index.group(1));
    byte[] entries =
        xref.substring(xref.indexOf(STREAM) + STREAM.length())
            .getBytes(StandardCharsets.ISO_8859_1);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int inFile = 0;
    assertEquals(size * (w[0] + w[1] + w[2]), entries.length);
    for (int number = 0; number < size; number++) {
      int at = number * (w[0] + w[1] + w[2]);
      if (field(entries, at, w[0]) == 1) {
        long offset = field(entries, at + w[0], w[1]);
        assertTrue(
            text.startsWith(number + " 0 obj", (int) offset),
            "object " + number + " is not at " + offset);
        inFile++;
      }
    }
    assertTrue(inFile > 10, inFile + " objects in the file");
  }

  private static long field(byte[] bytes, int at, int width) {
    long value = 0;
    for (int i = 0; i < width; i++) {
      value = value << 8 | (bytes[at + i] & 0xff);
    }
    return value;
  }
}
