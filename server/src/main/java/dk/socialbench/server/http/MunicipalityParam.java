package dk.socialbench.server.http;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.util.regex.Pattern;

/** Checks a municipality as it appears in a URL: a three-digit code or {@code all}. */
public final class MunicipalityParam {
  private static final Pattern CODE = Pattern.compile("[0-9]{3}");

  private MunicipalityParam() {}

  /**
   * Returns {@code raw} when it is {@code all} or a Danish municipality's code.
   *
   * @throws BadRequestResponse when it is neither a code nor {@code all}
   * @throws NotFoundResponse when it is a code no municipality has
   */
  public static String parse(String raw) {
    if (Municipalities.ALL.equals(raw)) {
      return raw;
    }
    if (raw == null || !CODE.matcher(raw).matches()) {
      throw new BadRequestResponse(
          "'"
              + raw
              + "' er ikke en kommunekode: brug kommunens tre cifre (fx 147 for Frederiksberg)"
              + " eller 'all' for alle kommuner.");
    }
    if (!Municipalities.danish().contains(raw)) {
      throw new NotFoundResponse("Der findes ingen kommune med koden " + raw + ".");
    }
    return raw;
  }

  /** Fails with 404 when {@code code} (not {@code all}) has no data in {@code run}. */
  public static void requireInRun(String code, PublishedRun run) {
    if (!Municipalities.ALL.equals(code) && !run.hasMunicipality(code)) {
      throw new NotFoundResponse(
          Municipalities.danish().nameOf(code)
              + " ("
              + code
              + ") har ingen data i kørsel "
              + run.runId()
              + ".");
    }
  }
}
