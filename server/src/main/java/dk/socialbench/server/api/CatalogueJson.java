package dk.socialbench.server.api;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;

/** {@code GET /api/v1/catalogue}: every published dataset, its columns and Danish titles. */
record CatalogueJson(List<DatasetJson> datasets) {
  record DatasetJson(
      String name,
      String figure,
      String title,
      String description,
      boolean personLevel,
      String url,
      List<ColumnJson> columns) {}

  /** A column: its type as in Parquet, its role for suppression, and its Danish title. */
  record ColumnJson(String name, String type, String role, String title) {}

  static CatalogueJson of(List<ResultDataset> datasets) {
    return new CatalogueJson(datasets.stream().map(CatalogueJson::dataset).toList());
  }

  static CatalogueJson current() {
    return of(ResultCatalogue.all());
  }

  private static DatasetJson dataset(ResultDataset d) {
    List<ColumnJson> columns = d.publishedColumns().stream().map(CatalogueJson::column).toList();
    return new DatasetJson(
        d.name(),
        d.figure(),
        d.titleDa(),
        d.descriptionDa(),
        d.personLevel(),
        ApiRoutes.DATASETS + "/" + d.name(),
        columns);
  }

  private static ColumnJson column(Column c) {
    return new ColumnJson(c.name(), c.type().name(), c.role().name(), c.titleDa());
  }
}
