package dk.socialbench.server.web;

import dk.socialbench.contract.Html;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of the front page, in Danish: which run it shows, the login form or the municipality
 * picker, the municipality's summary against its comparison group and the country, and the download
 * links of the three reports. Works without JavaScript.
 *
 * @param run the run being served, or null
 * @param noRunText what to do while there is no run
 * @param who who is logged in, or null
 * @param municipality the municipality picked, or null
 * @param choices the municipalities the picker offers
 * @param loginError the login form's message, or null
 * @param summary the picked municipality's summary, or null
 */
record PageView(
    LoadedRun run,
    String noRunText,
    Principal who,
    String municipality,
    List<String> choices,
    String loginError,
    SummarySection summary) {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH)
          .withZone(ZoneId.of("Europe/Copenhagen"));
  private static final String CSS = resource("page.css");

  String html() {
    StringBuilder body = new StringBuilder();
    body.append(run == null ? notice(noRunText) : runSection());
    if (who == null) {
      body.append(loginForm());
    } else {
      body.append(whoSection());
      if (run != null) {
        body.append(municipality == null ? noOwnData() : picker());
        if (summary != null) {
          body.append(summary.html());
        }
        body.append(reports());
      }
    }
    return """
        <!doctype html>
        <html lang="da">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>socialbench – benchmark af sociale tilbud</title><style>%s</style></head>
        <body><header><h1>socialbench</h1>
        <p>Benchmark af kommunernes indsats efter serviceloven §85 og §107</p></header>
        <main>%s</main></body></html>
        """
        .formatted(CSS, body);
  }

  private String runSection() {
    var p = run.manifest().dataPeriod();
    return """
        <section id="run"><h2>Kørsel</h2><p>Viser kørsel <code>%s</code>, dannet %s.
        Data fra %s til %s, %d kommuner. Antal personer er ændret tilfældigt med højst ±2, og
        1–4 personer vises som 0 eller 5, så en total ikke behøver være summen af sine dele;
        gennemsnit vises først for flere end %d personer. Et tal vist som – bygger på for få
        personer eller er holdt tilbage, så et lille antal ikke kan regnes ud af de øvrige
        tal.</p></section>
        """
        .formatted(
            Html.escape(run.runId()),
            WHEN.format(run.manifest().created()),
            DAY.format(p.first()),
            DAY.format(p.last()),
            run.run().municipalities().size(),
            run.manifest().minCell());
  }

  private static String notice(String text) {
    return "<section id=\"no-run\" class=\"notice\"><h2>Ingen kørsel endnu</h2><p>"
        + Html.escape(text)
        + "</p></section>";
  }

  private String loginForm() {
    String error =
        loginError == null
            ? ""
            : "<p class=\"error\" id=\"login-error\">" + Html.escape(loginError) + "</p>";
    return """
        <section id="login"><h2>Log ind</h2>%s
        <form method="post" action="/login">
        <label for="token">Adgangsnøgle</label>
        <input type="password" id="token" name="token" autocomplete="current-password" required>
        <button type="submit" id="login-button">Log ind</button></form></section>
        """
        .formatted(error);
  }

  private String whoSection() {
    return """
        <section class="who" id="who">Logget ind som %s.
        <form method="post" action="/logout"><button type="submit" id="logout-button">Log ud</button>
        </form></section>
        """
        .formatted(Html.escape(who.describeDa()));
  }

  private String picker() {
    StringBuilder options = new StringBuilder();
    for (String code : choices) {
      options
          .append("<option value=\"")
          .append(Html.escape(code))
          .append(code.equals(municipality) ? "\" selected>" : "\">")
          .append(Html.escape(Municipalities.danish().nameOf(code)))
          .append("</option>");
    }
    return """
        <section id="picker"><form method="get" action="/">
        <label for="municipality">Kommune</label><select id="municipality" name="municipality">%s</select>
        <button type="submit" id="show-button">Vis rapporter</button></form></section>
        """
        .formatted(options);
  }

  private String reports() {
    String shown = municipality == null ? Municipalities.ALL : municipality;
    StringBuilder rows = new StringBuilder();
    for (ReportKind report : ReportKind.values()) {
      if (municipality == null && !report.isNational()) {
        continue;
      }
      String code = report.isNational() ? Municipalities.ALL : municipality;
      rows.append("<tr><td>")
          .append(Html.escape(report.titleDa()))
          .append(" – ")
          .append(Html.escape(Municipalities.danish().nameOf(code)))
          .append("</td><td>");
      for (Format format : Format.values()) {
        String id = report.slug() + "-" + format.extension();
        String href = "/reports/" + report.slug() + "/" + code + "." + format.extension();
        if (report == ReportKind.BENCHMARK && summary != null) {
          href += summary.compareQuery();
        }
        rows.append("<a id=\"%s\" href=\"%s\">%s</a>".formatted(id, href, format.name()));
      }
      rows.append("</td></tr>");
    }
    return """
        <section id="reports"><h2>Rapporter for %s</h2><table>%s</table>
        <p>Tallene bag rapporterne kan hentes som JSON under <code>/api/v1/catalogue</code>
        og <code>/api/v1/datasets/&lt;navn&gt;?municipality=%s</code>.</p></section>
        """
        .formatted(Html.escape(Municipalities.danish().nameOf(shown)), rows, Html.escape(shown));
  }

  private String noOwnData() {
    return "<section id=\"picker\"><p>"
        + Html.escape(who.describeDa())
        + " har ingen data i denne kørsel; landsrapporten kan hentes.</p></section>";
  }

  private static String resource(String name) {
    try (InputStream in = PageView.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
