package dk.socialbench.server.render;

import static java.util.Map.entry;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which datasets each report shows, in which order, and the figure that shows each.
 *
 * <p>The benchmark and the national report follow the catalogue (the order of the KL report's
 * chapter 3), with the data behind them and the comparison groups first and data completeness last.
 * The benchmark opens with a summary on its own pages, lets its sections follow each other where
 * there is room, and ends with an annex of every municipality's key figures; the national report
 * gives each section a page. The data-quality report has completeness and quarantined rows.
 */
final class ReportContents {
  private static final Map<String, SectionFigure> FIGURES =
      Map.ofEntries(
          entry("municipality_overview", new OverviewFigure()),
          entry("cases_by_registrations", DistributionFigure.counts("min_registrations")),
          entry(
              "goals_set",
              new ShareComparisonFigure(
                  "goals_set", ResultCodes.YES, "Mål sat (antal)", "Andel med mål")),
          entry("goal_type", DistributionFigure.shares(null, null, "goal_type")),
          entry("vum_and_target", new VumTargetFigure()),
          entry(
              "vum_development",
              DistributionFigure.shares("from_registration", "vum_from", "direction")),
          entry("funding_basis", DistributionFigure.shares(null, null, "funding_basis")),
          entry("vum_by_funding_basis", new MeansFigure(null, "funding_basis", s -> Measure.VUM)),
          entry(
              "follow_up_interval",
              new MeansFigure(null, "registration_number", s -> Measure.MONTHS)),
          entry(
              "goal_fulfilment",
              DistributionFigure.shares("from_registration", "goal_type", "fulfilment")),
          entry(
              "improvement_goal_fulfilment",
              new ShareComparisonFigure(
                  "fulfilled",
                  ResultCodes.YES,
                  "Helt eller delvist opfyldt (antal)",
                  "Andel helt eller delvist opfyldt")),
          entry(
              "follow_up_initiator",
              DistributionFigure.shares(null, "registration_number", "initiator")),
          entry("price_by_vum", new MeansFigure("service", "vum_score", Measure::ofService)),
          entry("price_by_age", new MeansFigure("service", "age_group", Measure::ofService)),
          entry(
              "price_by_target_group",
              new MeansFigure("service", "target_group", Measure::ofService)),
          entry("price_by_municipality", new MeansFigure("service", null, Measure::ofService)),
          entry(
              "price_change_by_fulfilment",
              DistributionFigure.shares(null, "goal_fulfilled", "change")),
          entry(
              "price_change_by_service",
              DistributionFigure.shares("service", "goal_fulfilled", "change")),
          entry("casemix_benchmark", new CasemixFigure()),
          entry("progression_by_price", new ProgressionFigure()),
          entry("activity_by_year", new ActivityFigure()),
          entry("unit_cost_by_year", new UnitCostFigure()),
          entry("development_by_year", new DevelopmentFigure()),
          entry("need_against_cost", new NeedCostFigure()),
          entry("data_completeness", new CompletenessFigure()),
          entry("quarantine_summary", new QuarantineFigure()),
          entry("rejected_rows", new RejectedRowsFigure()));

  /**
   * Datasets drawn within another dataset's section rather than in one of their own: the funnel
   * plot's control limits belong to the case-mix benchmark (the plot is not drawn yet).
   */
  private static final Set<String> WITHIN_OTHER_SECTIONS = Set.of("casemix_funnel");

  private ReportContents() {}

  /** Fails if a dataset of the catalogue has no figure: at start-up, not on a request. */
  static void verify() {
    for (ResultDataset d : ResultCatalogue.all()) {
      if (!FIGURES.containsKey(d.name())
          && !WITHIN_OTHER_SECTIONS.contains(d.name())
          && !d.name().equals(ComparisonGroup.DATASET)) {
        throw new IllegalStateException("no report figure shows the dataset " + d.name());
      }
    }
  }

  /** The datasets of a report of {@code kind}, in the order it shows them. */
  static List<String> datasets(ReportKind kind) {
    if (kind == ReportKind.DATA_QUALITY) {
      return List.of(
          "municipality_overview", "data_completeness", "quarantine_summary", "rejected_rows");
    }
    List<String> names = new ArrayList<>(List.of("municipality_overview", ComparisonGroup.DATASET));
    for (ResultDataset d : ResultCatalogue.all()) {
      if (!names.contains(d.name())
          && d.audience() == Audience.EVERY_USER
          && !WITHIN_OTHER_SECTIONS.contains(d.name())) {
        names.add(d.name());
      }
    }
    return names;
  }

  /**
   * The datasets a report of {@code kind} has a section for in its PDF: those of {@link #datasets},
   * but a benchmark leaves data completeness to the data-quality report, and activity and unit cost
   * year by year to the national report and the spreadsheet: its section on development over time
   * has the unit cost per full-year user year by year, and it must stay within 25 pages.
   */
  static List<String> sections(ReportKind kind) {
    List<String> sections = new ArrayList<>(datasets(kind));
    if (kind == ReportKind.BENCHMARK) {
      sections.removeAll(List.of("data_completeness", "activity_by_year", "unit_cost_by_year"));
    }
    return sections;
  }

  /** Every panel of a report of {@code kind}, in order. */
  static List<FigurePanel> panels(ReportKind kind, RunDatasets run, Perspective perspective) {
    List<FigurePanel> panels = new ArrayList<>();
    boolean benchmark = kind == ReportKind.BENCHMARK;
    if (benchmark) {
      panels.addAll(SummaryFigure.panels(run, perspective));
    }
    int minCell = run.run().minCell();
    List<String> members = perspective.hasGroup() ? perspective.group().members() : List.of();
    for (String name : sections(kind)) {
      DatasetView view = run.view(name, members);
      SectionFigure figure =
          name.equals(ComparisonGroup.DATASET)
              ? new ComparisonGroupsFigure(run)
              : FIGURES.get(name);
      List<FigurePanel> section = figure.panels(new SectionContext(view, perspective, minCell));
      // A benchmark's body flows on from page to page; its first section starts after the summary.
      boolean startsPage = !benchmark || name.equals("municipality_overview");
      for (FigurePanel panel : section) {
        panels.add(panel.startingPage(startsPage));
      }
    }
    if (benchmark) {
      panels.addAll(AnnexFigure.panels(run, perspective));
    }
    return panels;
  }

  /** The datasets a report of {@code kind} cannot do without. */
  static List<String> required(ReportKind kind) {
    List<String> required = new ArrayList<>(datasets(kind));
    if (kind != ReportKind.DATA_QUALITY) {
      required.addAll(WITHIN_OTHER_SECTIONS);
    }
    if (kind == ReportKind.BENCHMARK) {
      SummaryFigure.datasets().stream().filter(d -> !required.contains(d)).forEach(required::add);
    }
    return required;
  }
}
