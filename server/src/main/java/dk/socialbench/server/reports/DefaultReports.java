package dk.socialbench.server.reports;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
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
   * The default reports of {@code run}: the national report, then municipality by municipality its
   * benchmark and data-quality report, each in every format one after another (they compare the
   * same group, which the renderer then pools once).
   */
  public static List<ReportRequest> of(PublishedRun run) {
    List<ReportRequest> requests = new ArrayList<>();
    for (Format format : Format.values()) {
      requests.add(new ReportRequest(ReportKind.NATIONAL, Municipalities.ALL, format));
    }
    for (String municipality : run.municipalities()) {
      for (ReportKind kind : List.of(ReportKind.BENCHMARK, ReportKind.DATA_QUALITY)) {
        for (Format format : Format.values()) {
          requests.add(new ReportRequest(kind, municipality, format));
        }
      }
    }
    return requests;
  }

  /**
   * What warms the renderer up, rendered one after another: the benchmark PDF (the heaviest and
   * most asked for) of three municipalities, so that the later ones run on compiled code, and the
   * data-quality report in each format and the benchmark CSV, which load the spreadsheet and CSV
   * writers. The national report and the benchmark XLSX take long for their size, not for being
   * first, and are left out.
   */
  static List<ReportRequest> warmUp(PublishedRun run) {
    List<String> municipalities = run.municipalities();
    List<ReportRequest> requests = new ArrayList<>();
    for (String municipality : municipalities.subList(0, Math.min(3, municipalities.size()))) {
      requests.add(new ReportRequest(ReportKind.BENCHMARK, municipality, Format.PDF));
    }
    if (!municipalities.isEmpty()) {
      String first = municipalities.get(0);
      for (Format format : Format.values()) {
        requests.add(new ReportRequest(ReportKind.DATA_QUALITY, first, format));
      }
      requests.add(new ReportRequest(ReportKind.BENCHMARK, first, Format.CSV));
    }
    return requests;
  }
}
