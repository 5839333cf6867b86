package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.AGE_GROUP;
import static dk.socialbench.contract.ResultColumns.CHANGE;
import static dk.socialbench.contract.ResultColumns.DIRECTION;
import static dk.socialbench.contract.ResultColumns.FROM_REGISTRATION;
import static dk.socialbench.contract.ResultColumns.FULFILLED;
import static dk.socialbench.contract.ResultColumns.FULFILMENT;
import static dk.socialbench.contract.ResultColumns.FUNDING_BASIS;
import static dk.socialbench.contract.ResultColumns.GOALS_SET;
import static dk.socialbench.contract.ResultColumns.GOAL_FULFILLED;
import static dk.socialbench.contract.ResultColumns.GOAL_TYPE;
import static dk.socialbench.contract.ResultColumns.INITIATOR;
import static dk.socialbench.contract.ResultColumns.MIN_REGISTRATIONS;
import static dk.socialbench.contract.ResultColumns.REGISTRATION_NUMBER;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.TARGET_GROUP;
import static dk.socialbench.contract.ResultColumns.VUM_FROM;
import static dk.socialbench.contract.ResultColumns.VUM_SCORE;
import static java.util.Map.entry;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.DatasetNames;
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
          entry(DatasetNames.MUNICIPALITY_OVERVIEW, new OverviewFigure()),
          entry(DatasetNames.CASES_BY_REGISTRATIONS, DistributionFigure.counts(MIN_REGISTRATIONS)),
          entry(
              DatasetNames.GOALS_SET,
              new ShareComparisonFigure(
                  GOALS_SET, ResultCodes.YES, "Mål sat (antal)", "Andel med mål")),
          entry(DatasetNames.GOAL_TYPE, DistributionFigure.shares(null, null, GOAL_TYPE)),
          entry(DatasetNames.VUM_AND_TARGET, new VumTargetFigure()),
          entry(
              DatasetNames.VUM_DEVELOPMENT,
              DistributionFigure.shares(FROM_REGISTRATION, VUM_FROM, DIRECTION)),
          entry(DatasetNames.FUNDING_BASIS, DistributionFigure.shares(null, null, FUNDING_BASIS)),
          entry(
              DatasetNames.VUM_BY_FUNDING_BASIS,
              new MeansFigure(null, FUNDING_BASIS, s -> Measure.VUM)),
          entry(
              DatasetNames.FOLLOW_UP_INTERVAL,
              new MeansFigure(null, REGISTRATION_NUMBER, s -> Measure.MONTHS)),
          entry(
              DatasetNames.GOAL_FULFILMENT,
              DistributionFigure.shares(FROM_REGISTRATION, GOAL_TYPE, FULFILMENT)),
          entry(
              DatasetNames.IMPROVEMENT_GOAL_FULFILMENT,
              new ShareComparisonFigure(
                  FULFILLED,
                  ResultCodes.YES,
                  "Helt eller delvist opfyldt (antal)",
                  "Andel helt eller delvist opfyldt")),
          entry(
              DatasetNames.FOLLOW_UP_INITIATOR,
              DistributionFigure.shares(null, REGISTRATION_NUMBER, INITIATOR)),
          entry(DatasetNames.PRICE_BY_VUM, new MeansFigure(SERVICE, VUM_SCORE, Measure::ofService)),
          entry(DatasetNames.PRICE_BY_AGE, new MeansFigure(SERVICE, AGE_GROUP, Measure::ofService)),
          entry(
              DatasetNames.PRICE_BY_TARGET_GROUP,
              new MeansFigure(SERVICE, TARGET_GROUP, Measure::ofService)),
          entry(
              DatasetNames.PRICE_BY_MUNICIPALITY,
              new MeansFigure(SERVICE, null, Measure::ofService)),
          entry(
              DatasetNames.PRICE_CHANGE_BY_FULFILMENT,
              DistributionFigure.shares(null, GOAL_FULFILLED, CHANGE)),
          entry(
              DatasetNames.PRICE_CHANGE_BY_SERVICE,
              DistributionFigure.shares(SERVICE, GOAL_FULFILLED, CHANGE)),
          entry(DatasetNames.CASEMIX_BENCHMARK, new CasemixFigure()),
          entry(DatasetNames.PROGRESSION_BY_PRICE, new ProgressionFigure()),
          entry(DatasetNames.ACTIVITY_BY_YEAR, new ActivityFigure()),
          entry(DatasetNames.UNIT_COST_BY_YEAR, new UnitCostFigure()),
          entry(DatasetNames.DEVELOPMENT_BY_YEAR, new DevelopmentFigure()),
          entry(DatasetNames.NEED_AGAINST_COST, new NeedCostFigure()),
          entry(DatasetNames.DATA_COMPLETENESS, new CompletenessFigure()),
          entry(DatasetNames.QUARANTINE_SUMMARY, new QuarantineFigure()),
          entry(DatasetNames.REJECTED_ROWS, new RejectedRowsFigure()));

  /**
   * Datasets drawn within another dataset's section rather than in one of their own: the funnel
   * plot's control limits belong to the case-mix benchmark (the plot is not drawn yet).
   */
  private static final Set<String> WITHIN_OTHER_SECTIONS = Set.of(DatasetNames.CASEMIX_FUNNEL);

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
          DatasetNames.MUNICIPALITY_OVERVIEW,
          DatasetNames.DATA_COMPLETENESS,
          DatasetNames.QUARANTINE_SUMMARY,
          DatasetNames.REJECTED_ROWS);
    }
    List<String> names =
        new ArrayList<>(List.of(DatasetNames.MUNICIPALITY_OVERVIEW, ComparisonGroup.DATASET));
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
      sections.removeAll(
          List.of(
              DatasetNames.DATA_COMPLETENESS,
              DatasetNames.ACTIVITY_BY_YEAR,
              DatasetNames.UNIT_COST_BY_YEAR));
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
      boolean startsPage = !benchmark || name.equals(DatasetNames.MUNICIPALITY_OVERVIEW);
      for (FigurePanel panel : section) {
        panels.add(panel.startingPage(startsPage));
      }
    }
    if (benchmark) {
      panels.addAll(AnnexFigure.panels(run, perspective));
    }
    return panels;
  }

  /**
   * The section before which a report of {@code kind} is cut in two parts filled at once (see
   * {@link ReportParts}), or null. For a benchmark, the development in VUM score (figures 3.4–3.5):
   * it starts a page in every benchmark of a national run (98 of 98 at 10⁶ registrations, default
   * and chosen groups, and in the national fixture), so the parts join. Figure 3.16, cut before
   * until the tables' rows became 10 pt, now shares a page with figure 3.15 in a quarter of them,
   * and each of those would be filled again in one piece.
   */
  static String cutBefore(ReportKind kind) {
    return kind == ReportKind.BENCHMARK ? DatasetNames.VUM_DEVELOPMENT : null;
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
