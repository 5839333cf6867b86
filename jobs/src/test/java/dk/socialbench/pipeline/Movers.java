package dk.socialbench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives some persons of a generated national delivery cases in several municipalities, and one
 * person per municipality a second case there: the CPR number of a case is replaced by another
 * case's, nothing else changes (each case keeps its own case id, dates, service and scores, as two
 * real cases of one person would). The generator issues every municipality's numbers on its own, so
 * at 10⁶ registrations a few thousand persons share a number by chance (docs/privacy.md, "What
 * remains", item 5); at 6,000 none do, and the relations such persons break go unseen.
 *
 * <p>In the deliveries sorted by file name, for each one with at least {@link #ENOUGH_CASES} cases
 * (the file before it with at least two):
 *
 * <ul>
 *   <li>its first two cases take the numbers of the previous delivery's last two (persons who
 *       moved);
 *   <li>its third case takes the number of the last case two deliveries back (a person in three
 *       municipalities where the delivery between was changed too);
 *   <li>its fourth case takes the number of its fifth (two cases in one municipality: the format
 *       asks only that a case id be unique within the municipality).
 * </ul>
 *
 * The CPR number is the third field of every generated line, after the municipality code and a case
 * id that hold no separator, and a case's lines are consecutive.
 */
final class Movers {
  static final int ENOUGH_CASES = 6;

  private Movers() {}

  /** Rewrites the delivery files in {@code input}; returns how many cases got another number. */
  static int giveSecondCases(Path input) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(input)) {
      files = s.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    List<Delivery> deliveries = new ArrayList<>();
    for (Path f : files) {
      deliveries.add(Delivery.read(f));
    }
    int changed = 0;
    for (int i = 1; i < deliveries.size(); i++) {
      Delivery d = deliveries.get(i);
      Delivery before = deliveries.get(i - 1);
      if (d.cases() < ENOUGH_CASES || before.cases() < 2) {
        continue;
      }
      d.renumber(0, before.originalCpr(before.cases() - 1));
      d.renumber(1, before.originalCpr(before.cases() - 2));
      changed += 2;
      if (i >= 2 && deliveries.get(i - 2).cases() >= 2) {
        Delivery twoBack = deliveries.get(i - 2);
        d.renumber(2, twoBack.originalCpr(twoBack.cases() - 1));
        changed++;
      }
      d.renumber(3, d.originalCpr(4));
      changed++;
    }
    for (Delivery d : deliveries) {
      d.write();
    }
    return changed;
  }

  /** One delivery file: its lines, and the lines of each case in order. */
  private static final class Delivery {
    private final Path file;
    private final List<String> lines;
    private final char separator;
    private final List<List<Integer>> caseLines = new ArrayList<>();
    private final List<String> originalCprs = new ArrayList<>();

    private Delivery(Path file, List<String> lines) {
      this.file = file;
      this.lines = lines;
      String header = lines.get(0);
      this.separator = header.indexOf(';') >= 0 ? ';' : ',';
      Map<String, List<Integer>> byCase = new LinkedHashMap<>();
      for (int n = 1; n < lines.size(); n++) {
        String[] f = fields(lines.get(n));
        byCase.computeIfAbsent(f[1], k -> new ArrayList<>()).add(n);
      }
      for (List<Integer> c : byCase.values()) {
        caseLines.add(c);
        originalCprs.add(fields(lines.get(c.get(0)))[2]);
      }
    }

    static Delivery read(Path file) throws IOException {
      return new Delivery(file, new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)));
    }

    int cases() {
      return caseLines.size();
    }

    String originalCpr(int c) {
      return originalCprs.get(c);
    }

    /** Gives every line of case {@code c} the CPR number {@code cpr}. */
    void renumber(int c, String cpr) {
      for (int n : caseLines.get(c)) {
        String[] f = fields(lines.get(n));
        lines.set(n, f[0] + separator + f[1] + separator + cpr + separator + f[3]);
      }
    }

    void write() throws IOException {
      String ending =
          Files.readString(file, StandardCharsets.UTF_8).contains("\r\n") ? "\r\n" : "\n";
      Files.writeString(file, String.join(ending, lines) + ending, StandardCharsets.UTF_8);
    }

    private String[] fields(String line) {
      return line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), 4);
    }
  }
}
