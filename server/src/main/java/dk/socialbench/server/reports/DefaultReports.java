package dk.socialbench.server.reports;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports a run is served with before anyone asks: each municipality's benchmark and
 * data-quality report and the national report, each in every format. 98 municipalities make 591
 * files.
 */
public final class DefaultReports {
  private DefaultReports() {}

  /**
   * The default reports of {@code run}, the benchmark PDFs first (the most asked for), then by
   * municipality.
   */
  public static List<ReportRequest> of(PublishedRun run) {
    List<ReportRequest> requests = new ArrayList<>();
    for (Format format : Format.values()) {
      for (ReportKind kind : List.of(ReportKind.BENCHMARK, ReportKind.DATA_QUALITY)) {
        for (String municipality : run.municipalities()) {
          requests.add(new ReportRequest(kind, municipality, format));
        }
      }
      requests.add(new ReportRequest(ReportKind.NATIONAL, Municipalities.ALL, format));
    }
    return requests;
  }

  /**
   * One report of each kind in each format: what warms the renderer up. The benchmark PDF, the
   * heaviest and most asked for, comes first.
   */
  static List<ReportRequest> warmUp(PublishedRun run) {
    String first = run.municipalities().isEmpty() ? null : run.municipalities().get(0);
    List<ReportRequest> requests = new ArrayList<>();
    for (Format format : Format.values()) {
      for (ReportKind kind : ReportKind.values()) {
        String municipality = kind.isNational() ? Municipalities.ALL : first;
        if (municipality != null) {
          requests.add(new ReportRequest(kind, municipality, format));
        }
      }
    }
    return requests;
  }
}
