package dk.socialbench.server.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF opened with PDFBox: its text, fonts and accessibility marks, for assertions. */
final class RenderedPdf {
  private final byte[] bytes;

  RenderedPdf(byte[] bytes) {
    this.bytes = bytes;
  }

  PDDocument open() {
    try {
      return Loader.loadPDF(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text as PDFBox reads it, in reading order of position, lines as in the layout. */
  String text() {
    try (PDDocument document = open()) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every run of white space as one space, for phrases that wrap. */
  String flatText() {
    return text().replaceAll("\\s+", " ");
  }

  /** Every font of every page, including those of forms (charts) drawn on it. */
  List<PDFont> fonts() {
    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument document = open()) {
      for (PDPage page : document.getPages()) {
        collect(page.getResources(), fonts, 0);
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(PDResources resources, List<PDFont> fonts, int depth)
      throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collect(form.getResources(), fonts, depth + 1);
      }
    }
  }
}
