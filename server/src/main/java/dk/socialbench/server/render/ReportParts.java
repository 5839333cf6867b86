package dk.socialbench.server.render;

import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * How a report is filled in two parts at once, so that a rendering uses both cores: where its
 * panels are cut in two, and how the two filled parts become one document.
 *
 * <p>A report is cut before a section (see {@link ReportContents#cutBefore}), and the parts are
 * joined only if one fill would have started that section on a new page too ({@link
 * #joinsSeamlessly}), so that the joined pages are the pages one fill makes; if not, the report is
 * filled again in one piece. The later part is filled with {@link #CONTINUATION} (no cover), and
 * the joined pages are numbered again ("Side 14 af 26"), since each part counted its own.
 */
final class ReportParts {
  /** The template parameter that marks a later part: a template that declares it can be cut. */
  static final String CONTINUATION = "CONTINUATION";

  /** The keys of the page footer's "Side n af" and " N" texts in the templates. */
  static final String PAGE_NUMBER_KEY = "pageNumber";

  static final String PAGE_COUNT_KEY = "pageCount";

  /**
   * More than the blank space a band of the body template may leave under its last element: the
   * room left on a page is judged from the elements, JasperReports judges it from the bands.
   */
  private static final int BAND_SLACK = 24;

  private ReportParts() {}

  /** Whether {@code template} can be filled in parts (it declares {@link #CONTINUATION}). */
  static boolean canCut(JasperReport template) {
    for (var parameter : template.getParameters()) {
      if (CONTINUATION.equals(parameter.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first panel of {@code section}, where the second part begins; 0 (no cut) if
   * {@code section} is null, absent or the first.
   */
  static int cut(List<FigurePanel> panels, String section) {
    for (int i = 1; i < panels.size(); i++) {
      if (panels.get(i).sectionKey().equals(section)
          && !panels.get(i - 1).sectionKey().equals(section)) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Whether one fill would have started the second part's first section on a new page too, so that
   * the joined parts are its pages: that section starts a page by itself, or {@code first} ends so
   * low on its last page that a section needing {@code minHeightToStart} points (the template's
   * section group) starts on the next, with {@link #BAND_SLACK} to spare.
   *
   * @param footerTop where the page footer begins, in points from the top of the page
   */
  static boolean joinsSeamlessly(
      FigurePanel seam, JasperPrint first, int footerTop, int minHeightToStart) {
    if (seam.startsPage()) {
      return true;
    }
    List<JRPrintPage> pages = first.getPages();
    int bottom = 0;
    for (JRPrintElement element : pages.get(pages.size() - 1).getElements()) {
      if (element.getY() < footerTop) {
        bottom = Math.max(bottom, element.getY() + element.getHeight());
      }
    }
    return footerTop - bottom + BAND_SLACK < minHeightToStart;
  }

  /**
   * {@code first} with the pages of {@code second} after its own, every page footer numbered in the
   * joined document.
   */
  static JasperPrint join(JasperPrint first, JasperPrint second) {
    for (JRPrintPage page : second.getPages()) {
      first.addPage(page);
    }
    List<JRPrintPage> pages = first.getPages();
    for (int i = 0; i < pages.size(); i++) {
      for (JRPrintElement element : pages.get(i).getElements()) {
        if (element instanceof JRPrintText text) {
          if (PAGE_NUMBER_KEY.equals(text.getKey())) {
            text.setText("Side " + (i + 1) + " af");
          } else if (PAGE_COUNT_KEY.equals(text.getKey())) {
            text.setText(" " + pages.size());
          }
        }
      }
    }
    return first;
  }
}
