package dk.socialbench.server.render;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.RunLoadException;
import dk.socialbench.server.data.RunLoader;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the reports of the fixture runs to a folder, so that a person can look at them (e.g.
 * {@code pdftoppm -png -r 60}); given a work directory and a municipality, that run's benchmark
 * too. Run by hand; it asserts nothing:
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/classes:$(cat cp.txt) \
 *     dk.socialbench.server.render.SampleReports /tmp/reports [WORK CODE]
 * </pre>
 */
final class SampleReports {
  private SampleReports() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/sample-reports");
    Files.createDirectories(out);
    ReportRenderer renderer = new ReportRenderer();
    PublishedRun national = RunFixture.national();
    PublishedRun sep = RunFixture.sep();
    write(out, "benchmark-national-615.pdf", renderer, ReportKind.BENCHMARK, "615", national);
    write(out, "benchmark-sep-615.pdf", renderer, ReportKind.BENCHMARK, "615", sep);
    write(out, "national-sep.pdf", renderer, ReportKind.NATIONAL, null, sep);
    write(out, "data-quality-sep-615.pdf", renderer, ReportKind.DATA_QUALITY, "615", sep);
    if (args.length == 3) {
      RunLayout layout = new RunLayout(Path.of(args[1]));
      String runId = Files.readString(layout.latest()).trim();
      try {
        PublishedRun run = new RunLoader(layout).load(runId).run();
        write(
            out,
            "benchmark-" + runId + "-" + args[2] + ".pdf",
            renderer,
            ReportKind.BENCHMARK,
            args[2],
            run);
      } catch (RunLoadException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void write(
      Path out,
      String name,
      ReportRenderer renderer,
      ReportKind kind,
      String code,
      PublishedRun run)
      throws IOException {
    Files.write(out.resolve(name), renderer.render(kind, code, run, Format.PDF));
    System.out.println(out.resolve(name));
  }
}
