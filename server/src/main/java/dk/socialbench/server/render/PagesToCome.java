package dk.socialbench.server.render;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A report cut in two parts (see {@link ReportParts}) whose first part is filled while the second
 * is still being filled on another thread, ready to export: the exporter writes the first part's
 * pages while the second part fills, and waits for it at its first page.
 *
 * <p>The footers' "Side n af N" need the number of pages before the first page is written, so the
 * second part's page count is predicted (the last one of the same kind: a national run's benchmarks
 * all have the same pages). If the second part comes out with another count, its first page throws,
 * and {@link #joined} gives the report as {@link ReportParts#join} makes it, to be exported again.
 * JasperReports' PDF exporter reads the page list's size once, then each page's elements when it
 * reaches the page ({@code JRPdfExporter.exportReportToStream}), which is what lets a page stand in
 * for one not filled yet.
 */
final class PagesToCome {
  private final JasperPrint first;
  private final int firstPages;
  private final int expected;
  private final CompletableFuture<JasperPrint> rest;
  private final IntConsumer secondPages;

  /** Set by the exporting thread when it reaches the first page to come. */
  private JasperPrint second;

  /**
   * @param first the first part, filled; its pages are numbered and the pages to come added to it
   * @param expected how many pages the second part is expected to have, at least one
   * @param secondPages told how many pages the second part had, once it is filled
   */
  PagesToCome(
      JasperPrint first,
      CompletableFuture<JasperPrint> rest,
      int expected,
      IntConsumer secondPages) {
    if (expected < 1) {
      throw new IllegalArgumentException("a second part has pages: expected " + expected);
    }
    this.first = first;
    this.firstPages = first.getPages().size();
    this.expected = expected;
    this.rest = rest;
    this.secondPages = secondPages;
    ReportParts.number(first.getPages(), 0, firstPages + expected);
    for (int k = 0; k < expected; k++) {
      first.addPage(new PageToCome(k));
    }
  }

  /** The report to export: the first part's pages, then the pages to come. */
  JasperPrint print() {
    return first;
  }

  /** Whether {@code exception}, thrown by the export, says the prediction was wrong. */
  boolean mispredicted(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof Mispredicted) {
        return true;
      }
    }
    return false;
  }

  /**
   * The report joined as {@link ReportParts#join} joins it, the pages to come replaced by the
   * second part's; only after the export said the prediction was wrong.
   */
  JasperPrint joined() {
    List<JRPrintPage> pages = first.getPages();
    while (pages.size() > firstPages) {
      first.removePage(pages.size() - 1);
    }
    return ReportParts.join(first, second);
  }

  /**
   * The filled second part, its pages numbered in the joined report; throws {@link Mispredicted} if
   * it has another number of pages than expected.
   */
  private JasperPrint second() {
    if (second == null) {
      try {
        second = rest.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof JRException cause) {
          throw new IllegalStateException("could not fill the report's second part", cause);
        }
        throw e;
      }
      int pages = second.getPages().size();
      secondPages.accept(pages);
      if (pages != expected) {
        throw new Mispredicted();
      }
      ReportParts.number(second.getPages(), firstPages, firstPages + expected);
    }
    if (second.getPages().size() != expected) {
      throw new Mispredicted();
    }
    return second;
  }

  /** The {@code k}th page of the second part, waited for when the exporter reaches it. */
  private final class PageToCome implements JRPrintPage {
    private final int k;

    PageToCome(int k) {
      this.k = k;
    }

    @Override
    public List<JRPrintElement> getElements() {
      return second().getPages().get(k).getElements();
    }

    @Override
    public void setElements(List<JRPrintElement> elements) {
      throw new UnsupportedOperationException("a page to come is read-only");
    }

    @Override
    public void addElement(JRPrintElement element) {
      throw new UnsupportedOperationException("a page to come is read-only");
    }
  }

  /** The second part had another number of pages than predicted. */
  private static final class Mispredicted extends RuntimeException {
    Mispredicted() {
      super("the second part had another number of pages than predicted", null, false, false);
    }
  }
}
