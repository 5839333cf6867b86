package dk.socialbench.server.reports;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The reports the server offers, by the slug that names them in URLs and file names.
 *
 * <p>Example: {@code ReportKind.fromSlug("data-quality")} is {@link #DATA_QUALITY}; its file for
 * Horsens as PDF is {@code datakvalitet-615-<run id>.pdf}.
 */
public enum ReportKind {
  /** One municipality against each other municipality and all municipalities. */
  BENCHMARK("benchmark", "benchmark", "Benchmarkrapport", true),
  /** Every analysis across all municipalities, for analysts. */
  NATIONAL("national", "landsrapport", "Landsrapport", false),
  /** One municipality's data completeness and quarantined rows. */
  DATA_QUALITY("data-quality", "datakvalitet", "Datakvalitetsrapport", true);

  private final String slug;
  private final String fileStem;
  private final String titleDa;
  private final boolean needsMunicipality;

  ReportKind(String slug, String fileStem, String titleDa, boolean needsMunicipality) {
    this.slug = slug;
    this.fileStem = fileStem;
    this.titleDa = titleDa;
    this.needsMunicipality = needsMunicipality;
  }

  /** The report's Danish name, e.g. "Benchmarkrapport". */
  public String titleDa() {
    return titleDa;
  }

  /** Whether the report covers all municipalities, and is therefore fetched for {@code all}. */
  public boolean isNational() {
    return !needsMunicipality;
  }

  /**
   * Whether {@code municipality} (a code or {@code all}) is one this report is made for: the
   * national report only for {@code all}, the benchmark only for a municipality, the data-quality
   * report for either.
   */
  public boolean isMadeFor(String municipality) {
    boolean all = dk.socialbench.contract.Municipalities.ALL.equals(municipality);
    return isNational() ? all : !all || this == DATA_QUALITY;
  }

  /** The report's name in URLs: {@code benchmark}, {@code national}, {@code data-quality}. */
  public String slug() {
    return slug;
  }

  /** Whether the report is about one municipality (and render needs its code). */
  public boolean needsMunicipality() {
    return needsMunicipality;
  }

  /** The kind named {@code slug}, if any. */
  public static Optional<ReportKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }

  /**
   * A Danish file name for a download: {@code benchmark-615-20261124-101500-ab12.pdf}; the
   * municipality code is left out for the national report.
   */
  public String fileName(String municipalityCode, String runId, Format format) {
    Objects.requireNonNull(runId, "runId == null");
    Objects.requireNonNull(format, "format == null");
    String who = needsMunicipality ? "-" + Objects.requireNonNull(municipalityCode) : "";
    return fileStem + who + "-" + runId + "." + format.extension();
  }
}
