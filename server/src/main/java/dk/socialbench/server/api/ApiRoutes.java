package dk.socialbench.server.api;

import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.comparison.RunRows;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.data.Table;
import dk.socialbench.server.http.CompareParam;
import dk.socialbench.server.http.MunicipalityParam;
import dk.socialbench.server.http.RunRequired;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JSON API under {@code /api/v1}: the catalogue of datasets, the current run, every published
 * dataset's rows, optionally for one municipality ({@code ?municipality=147} or {@code all}), and a
 * municipality's benchmark summary against its comparison group ({@code /summary/147}). A
 * municipality's users get their own rows and the national ones.
 */
public final class ApiRoutes {
  public static final String PREFIX = "/api/v1";
  public static final String DATASETS = PREFIX + "/datasets";
  public static final String SUMMARY = PREFIX + "/summary";

  private final Authenticator authenticator;
  private final RunRequired runs;
  private final CatalogueJson catalogue = CatalogueJson.current();

  /** The rows of the run summarised last: a run's summaries share them, a new run replaces them. */
  private final AtomicReference<RunRows> lastRun = new AtomicReference<>();

  public ApiRoutes(Authenticator authenticator, RunRequired runs) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator == null");
    this.runs = Objects.requireNonNull(runs, "runs == null");
  }

  public void catalogue(Context ctx) {
    authenticator.require(ctx);
    ctx.json(catalogue);
  }

  public void currentRun(Context ctx) {
    Principal who = authenticator.require(ctx);
    ctx.json(RunJson.of(runs.get(), who));
  }

  public void dataset(Context ctx) {
    Principal who = authenticator.require(ctx);
    ResultDataset dataset = datasetNamed(ctx.pathParam("name"));
    String municipality = ctx.queryParam("municipality");
    if (municipality != null) {
      MunicipalityParam.parse(municipality);
      checkAccess(who, dataset, municipality);
    }
    LoadedRun run = runs.get();
    Table table = run.run().table(dataset);
    if (municipality != null) {
      MunicipalityParam.requireInRun(municipality, run.run());
      table = table.forMunicipality(municipality);
    } else if (!who.isAdmin()) {
      table =
          table.filter(r -> who.mayReadRow(dataset.audience(), (String) r.get(MUNICIPALITY_CODE)));
    }
    ctx.json(
        new DataJson(dataset.name(), run.runId(), municipality, columns(table), table.rowMaps()));
  }

  /**
   * A municipality's benchmark summary ({@link SummaryJson}); {@code ?compare=147,151,157} for a
   * chosen comparison group, as on the report URL. Every key figure comes from datasets every user
   * may read, so any logged-in user may ask for any municipality.
   */
  public void summary(Context ctx) {
    authenticator.require(ctx);
    String municipality = MunicipalityParam.parse(ctx.pathParam("municipality"));
    if (Municipalities.ALL.equals(municipality)) {
      throw new NotFoundResponse(
          "Sammenfatningen er pr. kommune; brug kommunekoden, fx " + SUMMARY + "/147.");
    }
    LoadedRun run = runs.get();
    MunicipalityParam.requireInRun(municipality, run.run());
    ComparisonGroup group = CompareParam.group(ctx.queryParam("compare"), municipality, run.run());
    RunRows rows = lastRun.get();
    if (rows == null || rows.run() != run.run()) {
      rows = new RunRows(run.run());
      lastRun.set(rows);
    }
    ctx.json(SummaryJson.of(rows, group));
  }

  private static ResultDataset datasetNamed(String name) {
    return ResultCatalogue.find(name)
        .orElseThrow(
            () ->
                new NotFoundResponse(
                    "Der findes intet datasæt ved navn '"
                        + name
                        + "'. Se listen under "
                        + PREFIX
                        + "/catalogue."));
  }

  private static void checkAccess(Principal who, ResultDataset dataset, String municipality) {
    if (!who.mayReadRow(dataset.audience(), municipality)) {
      throw new ForbiddenResponse(
          "Du er logget ind for "
              + who.describeDa()
              + " og har ikke adgang til tallene for "
              + Municipalities.danish().nameOf(municipality)
              + (dataset.audience() == Audience.EVERY_USER
                  ? ". Brug din egen kommunekode eller 'all'."
                  : ". Datasættet vises kun for din egen kommune."));
    }
  }

  private static List<String> columns(Table table) {
    return table.columns().stream().map(Column::name).toList();
  }

  /** A dataset's rows as JSON objects, column name to value, nulls kept. */
  record DataJson(
      String dataset,
      String runId,
      String municipality,
      List<String> columns,
      List<Map<String, Object>> rows) {}
}
