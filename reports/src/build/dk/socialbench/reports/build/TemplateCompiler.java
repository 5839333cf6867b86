package dk.socialbench.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * Compiles every JRXML of a folder to a {@code .jasper} file beside the classes, at build time: the
 * server loads the compiled templates instead of compiling them at start-up, and a broken template
 * fails the build. The reports module's build runs this file with {@code java} (single-file source
 * launch) on JasperReports' class path, so that it stays out of the reports jar.
 *
 * <p>Usage: {@code java -cp <jasperreports> TemplateCompiler.java SOURCE_DIR TARGET_DIR WORK_DIR}.
 * JasperReports writes each template's expression classes as Java sources and classes named by a
 * hash of their content into WORK_DIR and deletes them after: the build gives it a folder of its
 * own under {@code target/}, since in the shared {@code /tmp} two builds of the same templates at
 * once write, and delete, each other's files.
 */
public final class TemplateCompiler {
  /**
   * JasperReports logs javac's notes on its generated expression classes ("uses unchecked or unsafe
   * operations") at INFO: noise in the build, not a problem. Held here so that the setting stays.
   */
  private static final Logger JAVAC_NOTES =
      Logger.getLogger("net.sf.jasperreports.engine.design.JRJdk13Compiler");

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TemplateCompiler SOURCE_DIR TARGET_DIR WORK_DIR");
      System.exit(2);
    }
    JAVAC_NOTES.setLevel(Level.WARNING);
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Files.createDirectories(target);
    Files.createDirectories(work);
    DefaultJasperReportsContext.getInstance()
        .setProperty(JRCompiler.COMPILER_TEMP_DIR, work.toString());
    List<Path> templates;
    try (Stream<Path> files = Files.list(source)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    if (templates.isEmpty()) {
      System.err.println("no .jrxml template in " + source);
      System.exit(1);
    }
    int compiled = 0;
    for (Path template : templates) {
      String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
      Path jasper = target.resolve(name);
      if (Files.exists(jasper)
          && Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(template)) > 0) {
        continue; // up to date
      }
      compiled++;
      try {
        JasperCompileManager.compileReportToFile(
            template.toString(), jasper.toString());
      } catch (JRException e) {
        System.err.println("template " + template + " does not compile: " + e.getMessage());
        System.exit(1);
      }
    }
    System.out.println(
        "compiled " + compiled + " of " + templates.size() + " report templates into " + target);
  }
}
