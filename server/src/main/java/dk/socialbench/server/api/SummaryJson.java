package dk.socialbench.server.api;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.comparison.Estimate;
import dk.socialbench.server.comparison.MunicipalitySummary;
import dk.socialbench.server.comparison.Position;
import dk.socialbench.server.comparison.RunRows;
import dk.socialbench.server.data.PublishedRun;
import java.util.List;

/**
 * {@code GET /api/v1/summary/{municipality}}: the benchmark's summary as data, the same figures as
 * the PDF's summary page and the web page: each key figure for the municipality, its comparison
 * group (pooled from the members' published rows) and the country, with n, 95% intervals and
 * whether the differences are beyond the uncertainty ({@code higher}, {@code lower}, {@code
 * no_clear_difference}, {@code unknown}). A null value with {@code withheld} true is too few
 * persons to publish, or a count the publication gate withheld so that a small count cannot be
 * worked out from the others.
 */
record SummaryJson(
    String runId,
    String municipality,
    String name,
    GroupJson comparisonGroup,
    List<FigureJson> keyFigures) {

  record GroupJson(boolean chosen, String howChosen, List<RunJson.MunicipalityJson> members) {}

  record FigureJson(
      String label,
      String dataset,
      EstimateJson municipality,
      EstimateJson group,
      EstimateJson country,
      String versusGroup,
      String versusCountry) {}

  record EstimateJson(Double value, Double ciLow, Double ciHigh, Long n, boolean withheld) {
    static EstimateJson of(Estimate e) {
      return new EstimateJson(e.value(), e.low(), e.high(), e.n(), e.suppressed());
    }
  }

  static SummaryJson of(RunRows rows, ComparisonGroup group) {
    PublishedRun run = rows.run();
    List<FigureJson> figures =
        MunicipalitySummary.of(rows, group).stream().map(SummaryJson::figure).toList();
    List<RunJson.MunicipalityJson> members =
        group.members().stream()
            .map(code -> new RunJson.MunicipalityJson(code, Municipalities.danish().nameOf(code)))
            .toList();
    return new SummaryJson(
        run.runId(),
        group.focus(),
        Municipalities.danish().nameOf(group.focus()),
        new GroupJson(group.chosen(), group.howChosenDa(), members),
        figures);
  }

  private static FigureJson figure(Position p) {
    return new FigureJson(
        p.figure().label(),
        p.figure().dataset(),
        EstimateJson.of(p.focus()),
        EstimateJson.of(p.group()),
        EstimateJson.of(p.country()),
        p.versusGroup().name().toLowerCase(java.util.Locale.ROOT),
        p.versusCountry().name().toLowerCase(java.util.Locale.ROOT));
  }
}
