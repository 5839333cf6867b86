package dk.socialbench.server.http;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import io.javalin.http.BadRequestResponse;

/** Checks {@code ?compare=147,151,157}: a comparison group chosen for a benchmark. */
public final class CompareParam {
  private CompareParam() {}

  /**
   * The chosen group of {@code municipality} as a cache and URL key ("147,151,157"); empty when
   * {@code raw} is absent or blank (the run's default group).
   *
   * @param benchmark whether the request is for a benchmark, the only report with a group
   * @throws BadRequestResponse with a Danish message when the group cannot be used
   */
  public static String key(String raw, boolean benchmark, String municipality, PublishedRun run) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    if (!benchmark) {
      throw new BadRequestResponse(
          "compare gælder kun benchmarkrapporten, der sammenligner én kommune med en gruppe.");
    }
    try {
      return ComparisonGroup.of(run, municipality, raw).key();
    } catch (ComparisonGroup.Refused e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /** The group itself, for a page or an API answer; the same checks as {@link #key}. */
  public static ComparisonGroup group(String raw, String municipality, PublishedRun run) {
    try {
      return ComparisonGroup.of(run, municipality, raw);
    } catch (ComparisonGroup.Refused e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }
}
