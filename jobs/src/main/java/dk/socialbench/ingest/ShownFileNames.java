package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * The names delivery files are shown by once every row has been read: a file named after a citizen
 * has that citizen's name parts masked (its CPR number was masked when the files were listed), and
 * a name masked into another file's name gets a number, so that files stay apart. The same name in
 * the curated data, the quarantine, the manifest and on the console.
 */
final class ShownFileNames {
  private ShownFileNames() {}

  /**
   * Each file's name as its rows carry it, to the name to show (different for masked ones), from a
   * row per file with {@code source_file} and {@code file_name_parts}: the parts of names in its
   * rows that occur in its name.
   */
  static Map<String, String> of(List<Row> files) {
    Map<String, String> byName = new TreeMap<>();
    for (Row f : files) {
      String name = f.getAs("source_file");
      List<String> parts = f.getList(f.fieldIndex("file_name_parts"));
      byName.put(name, NameParts.ofParts(parts).redact(name, FreeText.REDACTED));
    }
    Set<String> used = new HashSet<>();
    byName.forEach(
        (name, shown) -> {
          if (name.equals(shown)) {
            used.add(name);
          }
        });
    Map<String, String> out = new TreeMap<>();
    byName.forEach(
        (name, shown) ->
            out.put(name, name.equals(shown) ? name : DeliveryFiles.unique(shown, used)));
    return out;
  }

  /** What is read of a refused file to find the names in it: names sit in every row. */
  private static final int REFUSED_BYTES = 1 << 20;

  /**
   * The name to show for a file refused before its rows are read (a bad header, bytes invalid in
   * the encoding): the same rule, with the names read as far as the file allows. A CSV file's first
   * MiB is read leniently, and every part of a name in its {@code name} column (by code or Danish
   * label, wherever the first line has it) is masked in the file's name; without such a column (a
   * file without its header row), every word of its cells counts as a name. A workbook cannot be
   * read as text: every word of its name is masked, its numbers and extension kept.
   *
   * <p>Example: {@code "Hansens sag.csv"} whose first line is {@code 147;S-1;010190-1234;Jens
   * Hansen;...} is shown as {@code "[fjernet] sag.csv"}.
   */
  static String ofRefused(DeliveryFile file, Charset encoding) {
    String name = file.name();
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return everyWordMasked(stem) + name.substring(stem.length());
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(Path.of(URI.create(file.uri())))) {
      head = in.readNBytes(REFUSED_BYTES);
    } catch (IOException | RuntimeException e) {
      return everyWordMasked(stem) + name.substring(stem.length());
    }
    // Decoded as asked, as UTF-16 if it starts like it, and as windows-1252: a file refused for
    // its encoding is most likely in another one.
    StringBuilder names = new StringBuilder();
    names.append(namesIn(new String(head, encoding)));
    if (head.length > 1 && (head[0] & 0xFF) + (head[1] & 0xFF) == 0xFF + 0xFE) {
      names.append(namesIn(new String(head, StandardCharsets.UTF_16)));
    }
    names.append(namesIn(new String(head, Charset.forName("windows-1252"))));
    NameParts found = NameParts.ofParts(NameParts.of(names.toString()).partsIn(stem));
    return found.redact(stem, FreeText.REDACTED) + name.substring(stem.length());
  }

  /** An extension shown as it is: a few ASCII letters or digits ({@code .txt}, {@code .xlsx}). */
  private static final java.util.regex.Pattern EXTENSION =
      java.util.regex.Pattern.compile("\\.[A-Za-z0-9]{1,5}");

  /**
   * The name to show for a path that is never read as a delivery: a file that is not one ({@code
   * Not deliveries, not read}) or a path the listing cannot follow (a link loop). Nothing in it is
   * known not to be a name, so every word of two letters or more is masked, in every directory of
   * the path; CPR numbers are masked already ({@link DeliveryFiles#shown}), and the separators,
   * digits and a plain extension stay, so files can still be counted and told apart by kind.
   *
   * <p>Example: {@code "Sigrid Nørgaard/noter 2015.txt"} is shown as {@code "[fjernet]
   * [fjernet]/[fjernet] 2015.txt"}.
   */
  static String ofUnread(String path) {
    int dot = path.lastIndexOf('.');
    boolean extension =
        dot > path.lastIndexOf('/') && EXTENSION.matcher(path.substring(dot)).matches();
    String stem = extension ? path.substring(0, dot) : path;
    return everyWordMasked(stem) + path.substring(stem.length());
  }

  /** Every word masked but the mask itself (a CPR number masked when the files were listed). */
  private static String everyWordMasked(String stem) {
    return NameParts.of(stem.replace(FreeText.REDACTED, " ")).redact(stem, FreeText.REDACTED);
  }

  /** The cells of the {@code name} column, or every line when the first names none. */
  private static String namesIn(String text) {
    List<String> lines = text.replace("\uFEFF", "").lines().toList();
    if (lines.isEmpty()) {
      return "";
    }
    String first = lines.get(0);
    String separator = count(first, ';') >= count(first, ',') ? ";" : ",";
    List<String> header = List.of(first.split(separator, -1));
    int column = -1;
    for (int i = 0; i < header.size() && column < 0; i++) {
      String cell = header.get(i).strip().replace("\"", "").toLowerCase(Locale.ROOT);
      column = cell.equals("name") || cell.equals("navn") ? i : -1;
    }
    StringBuilder names = new StringBuilder();
    for (String line : column < 0 ? lines : lines.subList(1, lines.size())) {
      String[] cells = line.split(separator, -1);
      if (column < 0) {
        names.append(line).append(' ');
      } else if (column < cells.length) {
        names.append(cells[column]).append(' ');
      }
    }
    return names.toString();
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /**
   * {@code source_file} replaced by its shown name; no work at all when no name is masked. A
   * function of the column, not a {@code CASE WHEN} on the names as delivered: the plan goes to
   * Spark's event log and UI, and must not hold the names it hides.
   */
  static Column column(Map<String, String> shown) {
    HashMap<String, String> renamed = new HashMap<>();
    shown.forEach(
        (name, masked) -> {
          if (!name.equals(masked)) {
            renamed.put(name, masked);
          }
        });
    if (renamed.isEmpty()) {
      return col("source_file");
    }
    UDF1<String, String> rename = name -> renamed.getOrDefault(name, name);
    return udf(rename, DataTypes.StringType).apply(col("source_file"));
  }
}
