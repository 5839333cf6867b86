package dk.socialbench.server.render;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart's drawing, recorded on one thread and replayed into the exporter's {@code PdfGraphics2D}
 * on the export's: JFreeChart's layout (axes, ticks, measuring texts) is about half of drawing a
 * chart, and the export is a rendering's one serial stage (see {@link RecordedCharts}).
 *
 * <p>Every question the chart asks (font metrics, the transform, the clip, the hints) is answered
 * by a {@code PdfGraphics2D} of the same size over a scratch content that sees every change of
 * state but draws nothing, so the chart lays itself out exactly as it would in the export. The
 * replay makes the same calls with the same arguments, in the same order, on the exporter's
 * graphics: the same bytes. Arguments that JFreeChart may change after the call (a renderer's
 * working line, say) are copied when recorded.
 */
final class ChartRecording extends Graphics2D {
  /** One call on graphics number {@code target} (0 the chart's, then one per {@code create()}). */
  private interface Call {
    void on(List<Graphics2D> graphics);
  }

  private final Graphics2D shadow;
  private final State start;
  private final List<Call> calls;
  private final int[] created;
  private final int target;

  private ChartRecording(Graphics2D shadow, List<Call> calls, int[] created, int target) {
    this.shadow = shadow;
    this.start = stateOf(shadow);
    this.calls = calls;
    this.created = created;
    this.target = target;
  }

  /** A recording for a drawing of {@code width} × {@code height} points. */
  static ChartRecording of(float width, float height) {
    return new ChartRecording(
        new PdfGraphics2D(new PdfContentByte(null), width, height),
        new ArrayList<>(),
        new int[] {1},
        0);
  }

  /** The state a graphics starts in, for checking that the exporter's starts in the same. */
  static State stateOf(Graphics2D g) {
    return new State(
        g.getTransform(),
        g.getPaint(),
        g.getBackground(),
        g.getStroke(),
        g.getFont(),
        g.getComposite(),
        (RenderingHints) g.getRenderingHints().clone(),
        g.getClip() == null ? null : g.getClip().getBounds2D());
  }

  /** What a graphics answers before anything is drawn. */
  record State(
      AffineTransform transform,
      Paint paint,
      Color background,
      Stroke stroke,
      Font font,
      Composite composite,
      RenderingHints hints,
      Rectangle2D clip) {}

  /** The state the recording started in. */
  State start() {
    return start;
  }

  /** Makes the recorded calls on {@code g}, in order. */
  void replayOn(Graphics2D g) {
    List<Graphics2D> graphics = new ArrayList<>();
    graphics.add(g);
    for (Call call : calls) {
      call.on(graphics);
    }
  }

  int calls() {
    return calls.size();
  }

  private void record(Call call) {
    calls.add(call);
  }

  /** A copy of a shape JFreeChart may reuse; the copy iterates the same segments and numbers. */
  private static Shape copy(Shape s) {
    if (s instanceof Line2D l) {
      return (Shape) l.clone();
    }
    if (s instanceof RectangularShape r) {
      return (Shape) r.clone();
    }
    if (s instanceof Path2D p) {
      return (Shape) p.clone();
    }
    if (s instanceof Area a) {
      return (Shape) a.clone();
    }
    if (s instanceof Polygon p) {
      return new Polygon(p.xpoints, p.ypoints, p.npoints);
    }
    return s;
  }

  // Drawing: recorded only.

  @Override
  public void draw(Shape s) {
    Shape c = copy(s);
    int t = target;
    record(g -> g.get(t).draw(c));
  }

  @Override
  public void fill(Shape s) {
    Shape c = copy(s);
    int t = target;
    record(g -> g.get(t).fill(c));
  }

  @Override
  public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
    AffineTransform x = xform == null ? null : new AffineTransform(xform);
    int t = target;
    record(g -> g.get(t).drawImage(img, x, obs));
    return true;
  }

  @Override
  public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    int t = target;
    record(g -> g.get(t).drawImage(img, op, x, y));
  }

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    AffineTransform x = xform == null ? null : new AffineTransform(xform);
    int t = target;
    record(g -> g.get(t).drawRenderedImage(img, x));
  }

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    AffineTransform x = xform == null ? null : new AffineTransform(xform);
    int t = target;
    record(g -> g.get(t).drawRenderableImage(img, x));
  }

  @Override
  public void drawString(String str, int x, int y) {
    int t = target;
    record(g -> g.get(t).drawString(str, x, y));
  }

  @Override
  public void drawString(String str, float x, float y) {
    int t = target;
    record(g -> g.get(t).drawString(str, x, y));
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, int x, int y) {
    AttributedCharacterIterator c = (AttributedCharacterIterator) iterator.clone();
    int t = target;
    record(g -> g.get(t).drawString(c, x, y));
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    AttributedCharacterIterator c = (AttributedCharacterIterator) iterator.clone();
    int t = target;
    record(g -> g.get(t).drawString(c, x, y));
  }

  @Override
  public void drawGlyphVector(GlyphVector gv, float x, float y) {
    int t = target;
    record(g -> g.get(t).drawGlyphVector(gv, x, y));
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    int t = target;
    record(g -> g.get(t).copyArea(x, y, width, height, dx, dy));
  }

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    int t = target;
    record(g -> g.get(t).drawLine(x1, y1, x2, y2));
  }

  @Override
  public void drawRect(int x, int y, int width, int height) {
    int t = target;
    record(g -> g.get(t).drawRect(x, y, width, height));
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    int t = target;
    record(g -> g.get(t).fillRect(x, y, width, height));
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    int t = target;
    record(g -> g.get(t).clearRect(x, y, width, height));
  }

  @Override
  public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    int t = target;
    record(g -> g.get(t).drawRoundRect(x, y, width, height, arcWidth, arcHeight));
  }

  @Override
  public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    int t = target;
    record(g -> g.get(t).fillRoundRect(x, y, width, height, arcWidth, arcHeight));
  }

  @Override
  public void drawOval(int x, int y, int width, int height) {
    int t = target;
    record(g -> g.get(t).drawOval(x, y, width, height));
  }

  @Override
  public void fillOval(int x, int y, int width, int height) {
    int t = target;
    record(g -> g.get(t).fillOval(x, y, width, height));
  }

  @Override
  public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    int t = target;
    record(g -> g.get(t).drawArc(x, y, width, height, startAngle, arcAngle));
  }

  @Override
  public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    int t = target;
    record(g -> g.get(t).fillArc(x, y, width, height, startAngle, arcAngle));
  }

  @Override
  public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
    int[] xs = xPoints.clone();
    int[] ys = yPoints.clone();
    int t = target;
    record(g -> g.get(t).drawPolyline(xs, ys, nPoints));
  }

  @Override
  public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    int[] xs = xPoints.clone();
    int[] ys = yPoints.clone();
    int t = target;
    record(g -> g.get(t).drawPolygon(xs, ys, nPoints));
  }

  @Override
  public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
    int[] xs = xPoints.clone();
    int[] ys = yPoints.clone();
    int t = target;
    record(g -> g.get(t).fillPolygon(xs, ys, nPoints));
  }

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    int t = target;
    record(g -> g.get(t).drawImage(img, x, y, observer));
    return true;
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    int t = target;
    record(g -> g.get(t).drawImage(img, x, y, width, height, observer));
    return true;
  }

  @Override
  public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
    int t = target;
    record(g -> g.get(t).drawImage(img, x, y, bgcolor, observer));
    return true;
  }

  @Override
  public boolean drawImage(
      Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
    int t = target;
    record(g -> g.get(t).drawImage(img, x, y, width, height, bgcolor, observer));
    return true;
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      ImageObserver observer) {
    int t = target;
    record(g -> g.get(t).drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer));
    return true;
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      Color bgcolor,
      ImageObserver observer) {
    int t = target;
    record(g -> g.get(t).drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bgcolor, observer));
    return true;
  }

  // State: recorded and kept by the shadow, which answers for it.

  @Override
  public void setComposite(Composite comp) {
    shadow.setComposite(comp);
    int t = target;
    record(g -> g.get(t).setComposite(comp));
  }

  @Override
  public void setPaint(Paint paint) {
    shadow.setPaint(paint);
    int t = target;
    record(g -> g.get(t).setPaint(paint));
  }

  @Override
  public void setStroke(Stroke s) {
    shadow.setStroke(s);
    int t = target;
    record(g -> g.get(t).setStroke(s));
  }

  @Override
  public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
    shadow.setRenderingHint(hintKey, hintValue);
    int t = target;
    record(g -> g.get(t).setRenderingHint(hintKey, hintValue));
  }

  @Override
  public void setRenderingHints(Map<?, ?> hints) {
    Map<?, ?> c = new HashMap<>(hints);
    shadow.setRenderingHints(c);
    int t = target;
    record(g -> g.get(t).setRenderingHints(c));
  }

  @Override
  public void addRenderingHints(Map<?, ?> hints) {
    Map<?, ?> c = new HashMap<>(hints);
    shadow.addRenderingHints(c);
    int t = target;
    record(g -> g.get(t).addRenderingHints(c));
  }

  @Override
  public void translate(int x, int y) {
    shadow.translate(x, y);
    int t = target;
    record(g -> g.get(t).translate(x, y));
  }

  @Override
  public void translate(double tx, double ty) {
    shadow.translate(tx, ty);
    int t = target;
    record(g -> g.get(t).translate(tx, ty));
  }

  @Override
  public void rotate(double theta) {
    shadow.rotate(theta);
    int t = target;
    record(g -> g.get(t).rotate(theta));
  }

  @Override
  public void rotate(double theta, double x, double y) {
    shadow.rotate(theta, x, y);
    int t = target;
    record(g -> g.get(t).rotate(theta, x, y));
  }

  @Override
  public void scale(double sx, double sy) {
    shadow.scale(sx, sy);
    int t = target;
    record(g -> g.get(t).scale(sx, sy));
  }

  @Override
  public void shear(double shx, double shy) {
    shadow.shear(shx, shy);
    int t = target;
    record(g -> g.get(t).shear(shx, shy));
  }

  @Override
  public void transform(AffineTransform tx) {
    AffineTransform c = new AffineTransform(tx);
    shadow.transform(c);
    int t = target;
    record(g -> g.get(t).transform(c));
  }

  @Override
  public void setTransform(AffineTransform tx) {
    AffineTransform c = new AffineTransform(tx);
    shadow.setTransform(c);
    int t = target;
    record(g -> g.get(t).setTransform(c));
  }

  @Override
  public void setBackground(Color color) {
    shadow.setBackground(color);
    int t = target;
    record(g -> g.get(t).setBackground(color));
  }

  @Override
  public void clip(Shape s) {
    Shape c = s == null ? null : copy(s);
    shadow.clip(c);
    int t = target;
    record(g -> g.get(t).clip(c));
  }

  @Override
  public void setColor(Color c) {
    shadow.setColor(c);
    int t = target;
    record(g -> g.get(t).setColor(c));
  }

  @Override
  public void setPaintMode() {
    shadow.setPaintMode();
    int t = target;
    record(g -> g.get(t).setPaintMode());
  }

  @Override
  public void setXORMode(Color c1) {
    shadow.setXORMode(c1);
    int t = target;
    record(g -> g.get(t).setXORMode(c1));
  }

  @Override
  public void setFont(Font font) {
    shadow.setFont(font);
    int t = target;
    record(g -> g.get(t).setFont(font));
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    shadow.clipRect(x, y, width, height);
    int t = target;
    record(g -> g.get(t).clipRect(x, y, width, height));
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    shadow.setClip(x, y, width, height);
    int t = target;
    record(g -> g.get(t).setClip(x, y, width, height));
  }

  @Override
  public void setClip(Shape clip) {
    Shape c = clip == null ? null : copy(clip);
    shadow.setClip(c);
    int t = target;
    record(g -> g.get(t).setClip(c));
  }

  @Override
  public Graphics create() {
    Graphics2D child = (Graphics2D) shadow.create();
    int t = target;
    int index = created[0]++;
    record(
        g -> {
          Graphics2D made = (Graphics2D) g.get(t).create();
          if (g.size() != index) {
            throw new IllegalStateException("graphics " + index + " replayed out of order");
          }
          g.add(made);
        });
    return new ChartRecording(child, calls, created, index);
  }

  @Override
  public void dispose() {
    shadow.dispose();
    int t = target;
    record(g -> g.get(t).dispose());
  }

  // Questions: answered by the shadow, not recorded.

  @Override
  public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
    return shadow.hit(rect, s, onStroke);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return shadow.getDeviceConfiguration();
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key hintKey) {
    return shadow.getRenderingHint(hintKey);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return shadow.getRenderingHints();
  }

  @Override
  public AffineTransform getTransform() {
    return shadow.getTransform();
  }

  @Override
  public Paint getPaint() {
    return shadow.getPaint();
  }

  @Override
  public Composite getComposite() {
    return shadow.getComposite();
  }

  @Override
  public Color getBackground() {
    return shadow.getBackground();
  }

  @Override
  public Stroke getStroke() {
    return shadow.getStroke();
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return shadow.getFontRenderContext();
  }

  @Override
  public Color getColor() {
    return shadow.getColor();
  }

  @Override
  public Font getFont() {
    return shadow.getFont();
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return shadow.getFontMetrics(f);
  }

  @Override
  public Rectangle getClipBounds() {
    return shadow.getClipBounds();
  }

  @Override
  public Shape getClip() {
    return shadow.getClip();
  }

  @Override
  public String toString() {
    return "ChartRecording[" + calls.size() + " calls, graphics " + target + "]";
  }
}
