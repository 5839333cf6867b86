package dk.socialbench.server.comparison;

import static dk.socialbench.contract.ResultColumns.PEER_CODE;
import static dk.socialbench.contract.ResultColumns.RANK;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The municipalities a benchmark compares its municipality with, besides the country: by default
 * the run's {@code comparison_groups} (the municipalities nearest in case mix), or a group the user
 * chose ({@code ?compare=147,151,157}).
 *
 * <p>A chosen group has {@value #MIN_MEMBERS}–{@value #MAX_MEMBERS} municipalities of the run other
 * than the focus. Fewer than {@value #MIN_MEMBERS} is refused, as Danish statistics publishes no
 * aggregate of fewer than three units: a "group" of one or two would only repeat their figures
 * under another name. More than {@value #MAX_MEMBERS} is refused because the benchmark names every
 * member in its tables; the national report and the spreadsheet have every municipality.
 *
 * @param focus the municipality the benchmark is about
 * @param members the group, in Danish alphabetical order; empty when the run has too few
 *     municipalities for a default group
 * @param chosen whether the user chose the group (else it is the run's default)
 */
public record ComparisonGroup(String focus, List<String> members, boolean chosen) {
  public static final int MIN_MEMBERS = 3;
  public static final int MAX_MEMBERS = 15;

  /** The dataset of the default groups. */
  public static final String DATASET = DatasetNames.COMPARISON_GROUPS;

  private static final Pattern CODE = Pattern.compile("[0-9]{3}");

  public ComparisonGroup {
    Objects.requireNonNull(focus, "focus == null");
    members = List.copyOf(members);
  }

  /** The run's default group of {@code focus}, or an empty one if it has fewer than the minimum. */
  public static ComparisonGroup standard(PublishedRun run, String focus) {
    TreeMap<Integer, String> byRank = new TreeMap<>();
    Table table = run.find(DATASET).orElse(null);
    if (table != null) {
      for (var row : table.forMunicipality(focus).rowMaps()) {
        String peer = (String) row.get(PEER_CODE);
        if (run.hasMunicipality(peer) && !peer.equals(focus)) {
          byRank.put(((Number) row.get(RANK)).intValue(), peer);
        }
      }
    }
    List<String> members = new ArrayList<>(byRank.values());
    if (members.size() < MIN_MEMBERS) {
      members.clear();
    }
    return new ComparisonGroup(focus, alphabetical(members), false);
  }

  /**
   * The group the user asked for with {@code compare} ("147,151,157"), or the default one when it
   * is null or blank.
   *
   * @throws Refused with a Danish message saying what is wrong and how to ask instead
   */
  public static ComparisonGroup of(PublishedRun run, String focus, String compare) {
    if (compare == null || compare.isBlank()) {
      return standard(run, focus);
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String part : compare.split(",", -1)) {
      String code = part.trim();
      if (!CODE.matcher(code).matches()) {
        throw new Refused(
            "'"
                + code
                + "' i compare er ikke en kommunekode: skriv kommunekoderne med komma imellem,"
                + " fx ?compare=147,151,157.");
      }
      if (!Municipalities.danish().contains(code)) {
        throw new Refused("Der findes ingen kommune med koden " + code + ".");
      }
      if (!run.hasMunicipality(code)) {
        throw new Refused(
            name(code) + " (" + code + ") har ingen data i kørsel " + run.runId() + ".");
      }
      if (code.equals(focus)) {
        throw new Refused(
            "Sammenligningsgruppen skal bestå af andre kommuner end " + name(focus) + " selv.");
      }
      codes.add(code);
    }
    if (codes.size() < MIN_MEMBERS) {
      throw new Refused(
          "En sammenligningsgruppe skal have mindst "
              + MIN_MEMBERS
              + " kommuner, så gruppens tal ikke blot gentager én eller to kommuners tal; der er"
              + " valgt "
              + codes.size()
              + ".");
    }
    if (codes.size() > MAX_MEMBERS) {
      throw new Refused(
          "En sammenligningsgruppe kan højst have "
              + MAX_MEMBERS
              + " kommuner; der er valgt "
              + codes.size()
              + ". Alle kommuners tal står i landsrapporten og i regnearket.");
    }
    return new ComparisonGroup(focus, alphabetical(new ArrayList<>(codes)), true);
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * What identifies a chosen group in a cache key or URL: its codes in ascending order joined by
   * commas ("147,151,157"); empty for the default group.
   */
  public String key() {
    return chosen ? String.join(",", members.stream().sorted().toList()) : "";
  }

  /** The members' names: "Ballerup, Gentofte og Ishøj". */
  public String namesDa() {
    List<String> names = members.stream().map(ComparisonGroup::name).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " og "
        + names.get(names.size() - 1);
  }

  /** How the group was made, in Danish, for the front page and the web page. */
  public String howChosenDa() {
    if (chosen) {
      return "Valgt af brugeren.";
    }
    if (members.isEmpty()) {
      return "Kørslen har for få kommuner til en sammenligningsgruppe (mindst "
          + MIN_MEMBERS
          + " andre); "
          + name(focus)
          + " sammenlignes kun med landet.";
    }
    return "Standardgruppen: de "
        + members.size()
        + " kommuner, hvis sager ligner sagerne i "
        + name(focus)
        + " mest (gns. VUM-score og alder, andel §107-sager og antal sager).";
  }

  static String name(String code) {
    return Municipalities.danish().nameOf(code);
  }

  private static List<String> alphabetical(List<String> codes) {
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    List<String> sorted = new ArrayList<>(codes);
    sorted.sort(Comparator.comparing(ComparisonGroup::name, danish));
    return sorted;
  }

  /** A chosen group that cannot be used; the message is Danish, for the person who chose it. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String messageDa) {
      super(messageDa);
    }
  }
}
