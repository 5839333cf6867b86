package dk.socialbench.cli;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The summary {@code run} and {@code demo} print when a run is published. */
final class RunReport {
  private final PrintStream out;

  RunReport(PrintStream out) {
    this.out = out;
  }

  void print(RunManifest m, Path work) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-44s %9s %9s %9s %11s%n",
        "delivery file",
        "lines",
        "read",
        "accepted",
        "quarantined");
    long lines = 0;
    long linesInCells = 0;
    boolean linesReconcile = true;
    for (RunManifest.InputFile f : m.inputs()) {
      out.printf(
          Locale.ROOT,
          "%-44s %9d %9d %9d %11d   %s%n",
          shorten(f.name()),
          f.lines(),
          f.rowsRead(),
          f.accepted(),
          f.quarantined(),
          f.format());
      lines += f.lines();
      linesInCells += f.linesInCells();
      linesReconcile &= f.linesReconcile();
    }
    RunManifest.Rows r = m.rows();
    out.printf(
        Locale.ROOT,
        "%-44s %9d %9d %9d %11d%n",
        "all files",
        lines,
        r.read(),
        r.accepted(),
        r.quarantined());
    out.printf(
        Locale.ROOT,
        "Lines %d = %d header lines + %d rows + %d blank rows + %d line breaks inside quoted"
            + " cells (%s).%n",
        lines,
        m.inputs().size(),
        r.read(),
        r.blankRows(),
        linesInCells,
        linesReconcile ? "reconciled" : "DO NOT RECONCILE");
    out.printf(
        Locale.ROOT,
        "Rows read %d = accepted %d + quarantined %d (%s); %d cases; %d blank rows skipped.%n",
        r.read(),
        r.accepted(),
        r.quarantined(),
        r.read() == r.accepted() + r.quarantined() ? "reconciled" : "DO NOT RECONCILE",
        r.cases(),
        r.blankRows());
    if (!m.quarantinedByRule().isEmpty()) {
      out.println("Quarantined rows by rule:");
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(m.quarantinedByRule()).entrySet()) {
        out.printf(Locale.ROOT, "  %-36s %7d%n", e.getKey(), e.getValue());
      }
      out.println(
          "  details: " + new RunLayout(work).quarantine(m.runId()).resolve("rejected_rows.csv"));
    }
    long cpr = 0;
    long own = 0;
    long other = 0;
    for (RunManifest.InputFile f : m.inputs()) {
      if (f.cleaned() != null) {
        cpr += f.cleaned().cprLike();
        own += f.cleaned().ownName();
        other += f.cleaned().otherCitizensName();
      }
    }
    if (cpr + own + other > 0) {
      out.printf(
          Locale.ROOT,
          "Free-text cells cleaned: %d of a CPR number, %d of the row's own name, %d of another"
              + " citizen's name (per file in the manifest).%n",
          cpr,
          own,
          other);
    }
    if (!m.ignoredFiles().isEmpty()) {
      out.println("Not deliveries, not read: " + String.join(", ", m.ignoredFiles()));
    }
    long suppressed =
        m.datasets().stream().mapToLong(RunManifest.DatasetSummary::suppressedCells).sum();
    out.printf(
        Locale.ROOT,
        "%d result datasets written (restricted/ and published/); %d counts perturbed in"
            + " published/ (cell-key method; means need n above %d)%n",
        m.datasets().size(),
        suppressed,
        m.minCell());
    RunManifest.Audit audit = m.audit();
    if (audit != null && audit.passed()) {
      out.printf(
          Locale.ROOT,
          "Disclosure audit passed: no count of 1-4 persons can be told from the %d published"
              + " counts together%n",
          audit.countsExamined());
    } else if (audit != null) {
      // Runs published before the gate refused exposures too carry an audit that did not pass.
      out.printf(
          Locale.ROOT,
          "WARNING: the disclosure audit finds %d published count(s) an attacker can tell exactly"
              + " (see ./socialbench audit --work %s, docs/privacy.md); first: %s%n",
          audit.findings(),
          work,
          audit.named().isEmpty() ? "-" : audit.named().get(0));
    }
    for (RunManifest.StageTiming s : m.stages()) {
      out.printf(
          Locale.ROOT,
          "Stage %-12s %8.1f s  peak heap %,d MiB%n",
          s.name(),
          s.seconds(),
          s.peakHeapMib());
    }
    out.printf(
        Locale.ROOT,
        "Run %s published in %s (%.1f s)%n",
        m.runId(),
        work.resolve("runs").resolve(m.runId()),
        m.seconds());
    // What a user waits for: the run, plus JVM and Spark start-up before it.
    out.printf(
        Locale.ROOT,
        "Published %.1f s after the JVM started%n",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    if (m.demoKey()) {
      out.println("Pseudonyms use the public DEMO key: never use demo for real data.");
    }
  }

  private static String shorten(String name) {
    return name.length() <= 44 ? name : "…" + name.substring(name.length() - 43);
  }
}
