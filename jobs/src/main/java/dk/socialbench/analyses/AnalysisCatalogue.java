package dk.socialbench.analyses;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every analysis of a run, one per result dataset of the {@link ResultCatalogue}, in its order (the
 * KL report's chapter 3, then the analyses beyond it and the data-quality datasets).
 *
 * <p>Example: {@code AnalysisCatalogue.all().forEach(a -> a.compute(inputs))}.
 */
public final class AnalysisCatalogue {
  private AnalysisCatalogue() {}

  private static final List<Analysis> ALL =
      List.of(
          new CasesByRegistrations(),
          new GoalsSet(),
          new GoalType(),
          new VumAndTarget(),
          new VumDevelopment(),
          new FundingBasis(),
          new VumByFundingBasis(),
          new FollowUpInterval(),
          new GoalFulfilment(),
          new ImprovementGoalFulfilment(),
          new FollowUpInitiator(),
          PriceByGroup.byVum(),
          PriceByGroup.byAge(),
          PriceByGroup.byTargetGroup(),
          PriceByGroup.byMunicipality(),
          PriceChange.byFulfilment(),
          PriceChange.byService(),
          new CasemixBenchmark(),
          new CasemixFunnel(),
          new ProgressionByPrice(),
          new ActivityByYear(),
          new UnitCostByYear(),
          new DevelopmentByYear(),
          new NeedAgainstCost(),
          new MunicipalityOverview(),
          new ComparisonGroups(),
          new DataCompleteness(),
          new QuarantineSummary(),
          new RejectedRows());

  public static List<Analysis> all() {
    return ALL;
  }

  /** The analysis that produces {@code dataset}, e.g. {@code "vum_development"}. */
  public static Analysis forDataset(String dataset) {
    return ALL.stream()
        .filter(a -> a.dataset().name().equals(dataset))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no analysis produces " + dataset));
  }

  static List<ResultDataset> datasets() {
    return ALL.stream().map(Analysis::dataset).toList();
  }
}
