package dk.socialbench.server.reports;

import dk.socialbench.contract.Municipalities;
import java.util.Arrays;
import java.util.Optional;

/**
 * The reports the server offers, by the name used in their URLs ({@code /reports/<slug>/...}).
 * Constant names equal those of the renderer's {@code ReportKind}, so the adapter maps by name.
 */
public enum Report {
  /** One municipality's figures beside the other municipalities' and the national level. */
  BENCHMARK("benchmark", "Benchmarkrapport", false),
  /** All municipalities side by side; only for {@code all}. */
  NATIONAL("national", "Landsrapport", true),
  /** What a municipality delivered: completeness per field and rejected rows. */
  DATA_QUALITY("data-quality", "Datakvalitetsrapport", false);

  private final String slug;
  private final String titleDa;
  private final boolean national;

  Report(String slug, String titleDa, boolean national) {
    this.slug = slug;
    this.titleDa = titleDa;
    this.national = national;
  }

  public String slug() {
    return slug;
  }

  public String titleDa() {
    return titleDa;
  }

  /** Whether the report covers all municipalities, and is therefore fetched for {@code all}. */
  public boolean isNational() {
    return national;
  }

  /** Whether {@code municipality} (a code or {@code all}) is one this report is made for. */
  public boolean isMadeFor(String municipality) {
    boolean all = Municipalities.ALL.equals(municipality);
    return national ? all : !all || this == DATA_QUALITY;
  }

  public static Optional<Report> bySlug(String slug) {
    return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
  }
}
