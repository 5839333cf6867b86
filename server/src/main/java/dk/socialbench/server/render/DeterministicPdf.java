package dk.socialbench.server.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator.Attribute;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.Deflater;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

/**
 * Makes a report's PDF the same bytes each time it is exported from the same run, so that its ETag
 * survives a restart or an eviction from the render cache. OpenPDF varies three things per export:
 * the creation date (now), the trailer's document id (from the time and memory), and the six-letter
 * tag of each embedded font subset (random). Here the date is the run's, the tags a sequence seeded
 * by the document, and the id a hash of the file's content.
 *
 * <p>The producer also deflates the document's streams at the fastest level ({@link
 * #COMPRESSION_PROPERTY}).
 *
 * <p>Works with any {@link JRPdfExporter} made with {@link #context}: JasperReports asks this
 * class, as the context's PDF producer factory, for the producer that writes the document.
 */
public final class DeterministicPdf implements PdfProducerFactory {
  private static final String DOCUMENT_PROPERTY = "dk.socialbench.pdf.document";
  private static final String CREATED_PROPERTY = "dk.socialbench.pdf.created";

  /**
   * The deflate level of the document's content streams, forms, object streams and cross-reference
   * stream; {@link Deflater#BEST_SPEED} unless a context says otherwise (a harness comparing with
   * OpenPDF's default, {@link Deflater#DEFAULT_COMPRESSION}).
   */
  static final String COMPRESSION_PROPERTY = "dk.socialbench.pdf.compression";

  private static final byte[] ID_MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);
  private static final int ID_HEX = 32;

  /** Each thread's subset tags, for the document it is exporting (an export runs on one thread). */
  private final ThreadLocal<Random> tagsOfThread = new ThreadLocal<>();

  private final SecureRandom subsetTags = new SubsetTags(tagsOfThread);

  /** Made by JasperReports (once per class) when a context names it; not for direct use. */
  public DeterministicPdf() {}

  /** {@code parent} with this class making the PDF producers of every exporter made with it. */
  static JasperReportsContext context(JasperReportsContext parent) {
    SimpleJasperReportsContext context = new SimpleJasperReportsContext(parent);
    context.setProperty(
        JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY, DeterministicPdf.class.getName());
    return context;
  }

  /**
   * Marks {@code print} to be exported with {@code created} as its creation date and {@code
   * document} (the run and the report, say) seeding its font subset tags.
   */
  static void stamp(JasperPrint print, Instant created, String document) {
    print.setProperty(CREATED_PROPERTY, created.toString());
    print.setProperty(DOCUMENT_PROPERTY, document);
  }

  /**
   * {@code pdf} with the trailer's document id replaced, in place, by a hash of everything else in
   * the file: the same content gets the same id, and other content another.
   */
  static byte[] withContentId(byte[] pdf) {
    int at = lastIndexOf(pdf, ID_MARKER);
    if (at < 0) {
      return pdf; // OpenPDF always writes one; nothing to fix if a writer did not
    }
    int first = at + ID_MARKER.length;
    int end = first + ID_HEX + 2 + ID_HEX; // <first><second>: two ids of 16 bytes in hex
    if (end >= pdf.length || pdf[first + ID_HEX] != '>' || pdf[end] != '>') {
      throw new IllegalStateException("the PDF's document id is not two 16-byte hex strings");
    }
    MessageDigest sha = sha256();
    sha.update(pdf, 0, first);
    sha.update(pdf, end, pdf.length - end);
    byte[] id = HexFormat.of().formatHex(sha.digest(), 0, 16).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(id, 0, pdf, first, ID_HEX);
    System.arraycopy(id, 0, pdf, first + ID_HEX + 2, ID_HEX);
    return pdf;
  }

  @Override
  public PdfProducer createProducer(PdfProducerContext context) {
    return new Producer(context, tagsOfThread, subsetTags);
  }

  /** The classic producer with the run's creation date and the document's subset tags. */
  private static final class Producer extends ClassicPdfProducer {
    private final ThreadLocal<Random> tagsOfThread;
    private final SecureRandom subsetTags;

    Producer(PdfProducerContext context, ThreadLocal<Random> tags, SecureRandom subsetTags) {
      super(context);
      this.tagsOfThread = tags;
      this.subsetTags = subsetTags;
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
      PdfDocumentWriter writer = super.createWriter(os);
      JasperPrint print = getContext().getCurrentJasperPrint();
      String created = print.getProperty(CREATED_PROPERTY);
      if (created != null) {
        GregorianCalendar when =
            new GregorianCalendar(TimeZone.getTimeZone(DanishFormat.COPENHAGEN));
        when.setTimeInMillis(Instant.parse(created).toEpochMilli());
        PdfWriter pdf = getPdfWriter();
        pdf.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
        pdf.getInfo().put(PdfName.MODDATE, new PdfDate(when));
      }
      // The fastest deflate: OpenPDF's default level cost a chosen-group benchmark 22 ms more
      // export CPU (~9 % of its rendering) for a file 13 % smaller (docs/benchmarks.md 5.0.21).
      // Font subsets keep their font's level: OpenPDF shares a font among all exports.
      getPdfWriter()
          .setCompressionLevel(
              getContext()
                  .getProperties()
                  .getIntegerProperty(COMPRESSION_PROPERTY, Deflater.BEST_SPEED));
      String document = print.getProperty(DOCUMENT_PROPERTY);
      tagsOfThread.set(new Random(document == null ? 0 : document.hashCode()));
      return writer;
    }

    /**
     * OpenPDF shares one {@link BaseFont} per font among all exports and draws each subset's tag
     * from the font's random source at the end of an export; this source gives the tags of the
     * thread's current document.
     */
    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
      Font font = super.getFont(attributes, locale);
      if (font.getBaseFont() != null) {
        font.getBaseFont().setSecureRandom(subsetTags);
      }
      return font;
    }

    @Override
    public void close() {
      try {
        super.close();
      } finally {
        tagsOfThread.remove();
      }
    }
  }

  /** Subset tags from the thread's document sequence; random for an export not made here. */
  private static final class SubsetTags extends SecureRandom {
    private final transient ThreadLocal<Random> tagsOfThread;

    SubsetTags(ThreadLocal<Random> tagsOfThread) {
      this.tagsOfThread = tagsOfThread;
    }

    @Override
    public double nextDouble() {
      Random tags = tagsOfThread.get();
      return tags != null ? tags.nextDouble() : super.nextDouble();
    }
  }

  private static int lastIndexOf(byte[] bytes, byte[] marker) {
    for (int i = bytes.length - marker.length; i >= 0; i--) {
      int k = 0;
      while (k < marker.length && bytes[i + k] == marker[k]) {
        k++;
      }
      if (k == marker.length) {
        return i;
      }
    }
    return -1;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
