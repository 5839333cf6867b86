package dk.socialbench.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the name rules cost and change on a generated delivery, which plants no name in any text:
 * every changed cell is a false positive. Reads the TSV of names_tsv.py (name, the three free-text
 * cells, case id); prints per round the thread CPU of the keys of every name and of the redaction
 * (another citizen's pairs and the row's own name), and the cells changed, with examples.
 *
 * <p>In package dk.socialbench.ingest for NamePairs and NameParts (package-private); from the
 * repository's root:
 * <pre>
 *   python3 jobs/src/test/redteam/names_tsv.py GENERATED_DIR /tmp/rows.tsv
 *   CP="jobs/target/classes:$(cat jobs/target/classpath.txt)"
 *   javac -d /tmp/fp -cp "$CP" jobs/src/test/redteam/FalsePositives.java
 *   java -cp "/tmp/fp:$CP" dk.socialbench.ingest.FalsePositives /tmp/rows.tsv 7
 * </pre>
 */
public class FalsePositives {
  public static void main(String[] args) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      rows.add(line.split("\t", -1));
    }
    NamePairs pairs = new NamePairs(PseudonymKey.demo());
    var cpu = ManagementFactory.getThreadMXBean();
    int rounds = Integer.parseInt(args[1]);
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      TreeSet<Long> all = new TreeSet<>();
      for (String[] r : rows) {
        for (long k : pairs.of(r[0])) {
          all.add(k);
        }
      }
      long[] known = all.stream().mapToLong(Long::longValue).toArray();
      long t1 = cpu.getCurrentThreadCpuTime();
      int cells = 0, changedPairs = 0, changedOwn = 0, caseIds = 0;
      Map<String, Integer> examples = new TreeMap<>();
      for (String[] r : rows) {
        NameParts own = NameParts.of(r[0]);
        for (int c = 1; c <= 3; c++) {
          if (r[c].isEmpty()) {
            continue;
          }
          cells++;
          if (!pairs.redact(r[c], known, "[fjernet]").equals(r[c])) {
            changedPairs++;
            examples.merge("pairs: " + r[c], 1, Integer::sum);
          }
          if (!own.redact(r[c], "[fjernet]").equals(r[c])) {
            changedOwn++;
            examples.merge("own: " + r[c], 1, Integer::sum);
          }
        }
        if (pairs.mentions(r[4], known)) {
          caseIds++;
        }
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          "round %d: %d keys, keys of every name %.3f s, redaction %.3f s (thread CPU); %d cells,"
              + " changed by the pairs %d, by the own name %d; case ids naming another %d%n",
          round, known.length, (t1 - t0) / 1e9, (t2 - t1) / 1e9, cells, changedPairs, changedOwn,
          caseIds);
      if (round == rounds - 1) {
        examples.entrySet().stream()
            .limit(20)
            .forEach(e -> System.out.println("  " + e.getValue() + " x " + e.getKey()));
      }
    }
  }
}
