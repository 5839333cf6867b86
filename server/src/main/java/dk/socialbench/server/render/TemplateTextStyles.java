package dk.socialbench.server.render;

import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRStyledTextAttributeSelector;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRTemplateElement;
import net.sf.jasperreports.engine.fill.JRTemplatePrintText;

/**
 * The style attributes (font, size, weight, colour) an exporter gives a text's styled text, worked
 * out once per template: a filled text takes all of them from its template, which the texts of a
 * table column share, and JasperReports resolves them through the template's style and its parents
 * for every text (about 3 % of a benchmark's export). Each text gets its own copy, as before.
 *
 * <p>Example: {@code exporter.noBackcolorSelector = new TemplateTextStyles(context,
 * exporter.noBackcolorSelector)}.
 */
final class TemplateTextStyles extends JRStyledTextAttributeSelector {
  private final JRStyledTextAttributeSelector resolved;
  private final Map<JRTemplateElement, Map<Attribute, Object>> byTemplate = new IdentityHashMap<>();

  /**
   * @param resolved what works the attributes out from a text (JasperReports' selector)
   */
  TemplateTextStyles(JasperReportsContext context, JRStyledTextAttributeSelector resolved) {
    super(context);
    this.resolved = Objects.requireNonNull(resolved, "resolved == null");
  }

  @Override
  public Map<Attribute, Object> getStyledTextAttributes(JRPrintText text) {
    if (!(text instanceof JRTemplatePrintText filled)) {
      return resolved.getStyledTextAttributes(text);
    }
    Map<Attribute, Object> attributes =
        byTemplate.computeIfAbsent(
            filled.getTemplate(), t -> resolved.getStyledTextAttributes(text));
    return new HashMap<>(attributes);
  }
}
