package dk.socialbench.server.render;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;

/**
 * A report that cannot be made from the request and run given: the {@link #reason()} says why, the
 * message says it for a log, {@link #messageDa()} for the user.
 *
 * <p>Example: {@code render(BENCHMARK, "999", run, PDF)} throws this with {@link
 * Reason#UNKNOWN_MUNICIPALITY}; a server answers it with 404.
 */
public final class ReportUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a report cannot be made. */
  public enum Reason {
    /** The report is about one municipality, and none was given. */
    MUNICIPALITY_REQUIRED,
    /** The municipality code is not among the run's municipalities. */
    UNKNOWN_MUNICIPALITY,
    /** The run lacks a dataset the report needs. */
    MISSING_DATASET,
    /** The comparison group asked for cannot be used. */
    GROUP_REFUSED
  }

  private final Reason reason;
  private final String messageDa;

  private ReportUnavailableException(Reason reason, String message, String messageDa) {
    super(message);
    this.reason = reason;
    this.messageDa = messageDa;
  }

  static ReportUnavailableException municipalityRequired(ReportKind kind) {
    return new ReportUnavailableException(
        Reason.MUNICIPALITY_REQUIRED,
        "the " + kind.slug() + " report needs a municipality code",
        "Rapporten kræver, at der vælges en kommune.");
  }

  static ReportUnavailableException unknownMunicipality(PublishedRun run, String code) {
    return new ReportUnavailableException(
        Reason.UNKNOWN_MUNICIPALITY,
        "run " + run.runId() + " has no municipality " + code + "; it has " + run.municipalities(),
        "Kommunen med kode " + code + " har ingen data i kørsel " + run.runId() + ".");
  }

  static ReportUnavailableException missingDataset(PublishedRun run, String dataset) {
    return new ReportUnavailableException(
        Reason.MISSING_DATASET,
        "run " + run.runId() + " has no published dataset " + dataset,
        "Kørsel " + run.runId() + " mangler datasættet " + dataset + ".");
  }

  static ReportUnavailableException groupRefused(ComparisonGroup.Refused refused) {
    return new ReportUnavailableException(
        Reason.GROUP_REFUSED,
        "comparison group refused: " + refused.getMessage(),
        refused.getMessage());
  }

  public Reason reason() {
    return reason;
  }

  /** The message in Danish, for the person who asked for the report. */
  public String messageDa() {
    return messageDa;
  }
}
