package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.server.data.PublishedRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultReportsTest {
  @Test
  void the_national_report_comes_first_then_each_municipality_s_reports_in_every_format_together() {
    PublishedRun run =
        new PublishedRun(
            "20261124-101500-ab12",
            Instant.parse("2026-11-24T10:15:00Z"),
            LocalDate.of(2016, 1, 1),
            LocalDate.of(2018, 6, 30),
            5,
            List.of("147", "157"),
            Map.of());

    List<String> paths = DefaultReports.of(run).stream().map(ReportRequest::path).toList();

    // 3 national files + 2 municipalities × 2 reports × 3 formats = 15.
    assertEquals(
        List.of(
            "/reports/national/all.pdf",
            "/reports/national/all.xlsx",
            "/reports/national/all.csv",
            "/reports/benchmark/147.pdf",
            "/reports/benchmark/147.xlsx",
            "/reports/benchmark/147.csv",
            "/reports/data-quality/147.pdf",
            "/reports/data-quality/147.xlsx",
            "/reports/data-quality/147.csv",
            "/reports/benchmark/157.pdf",
            "/reports/benchmark/157.xlsx",
            "/reports/benchmark/157.csv",
            "/reports/data-quality/157.pdf",
            "/reports/data-quality/157.xlsx",
            "/reports/data-quality/157.csv"),
        paths);
  }
}
