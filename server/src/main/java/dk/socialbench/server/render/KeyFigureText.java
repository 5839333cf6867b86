package dk.socialbench.server.render;

import dk.socialbench.server.comparison.Estimate;
import dk.socialbench.server.comparison.KeyFigure;

/**
 * A key figure's estimate written as the benchmark's summary writes it, so that the PDF and the web
 * page show the same text: "78 %", "1.234", "0,93–1,12", "–" for a withheld figure.
 */
public final class KeyFigureText {
  private KeyFigureText() {}

  /** The figure: a percentage, or a number with the figure's decimals. */
  public static String value(KeyFigure figure, Estimate e) {
    if (e.suppressed()) {
      return DanishFormat.SUPPRESSED;
    }
    return figure.digits() == KeyFigure.SHARE
        ? DanishFormat.share(e.value())
        : DanishFormat.decimal(e.value(), figure.digits());
  }

  /** The 95% interval, or empty without one. */
  public static String interval(KeyFigure figure, Estimate e) {
    if (e.suppressed()) {
      return DanishFormat.SUPPRESSED;
    }
    return figure.digits() == KeyFigure.SHARE
        ? DanishFormat.shareInterval(e.low(), e.high())
        : DanishFormat.interval(e.low(), e.high(), figure.digits());
  }

  /** The persons behind it. */
  public static String n(Estimate e) {
    return e.suppressed() ? DanishFormat.SUPPRESSED : DanishFormat.count(e.n());
  }
}
