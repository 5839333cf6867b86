package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.byName;
import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.contract.CellSum;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.LinkedTables;
import dk.socialbench.contract.Relation;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Design point 6(c) on small published tables with known answers. The preimages used by hand (from
 * the table in {@link PerturbationTable}'s Javadoc): a published 0 comes from 0..5 persons, a 5
 * from 1..7 (7 − 2), a 6 from 5..8, and a published row has at least one person.
 */
class LinearAttackTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());
  private static final List<String> DISTRIBUTION =
      List.of("municipality_code", "funding_basis", "cases", "total");

  private static List<String> run(Map<String, Table> published) {
    return run(published, LinkedTables.all());
  }

  private static List<String> run(Map<String, Table> published, List<Relation> relations) {
    return new LinearAttack(PREIMAGES, relations)
        .run(published, null).findings().stream().map(Finding::toString).toList();
  }

  @Test
  void the_preimages_are_those_of_the_table() {
    // 0 <- 0..5 (5 falls to 0 with probability 0.05); 5 <- 1..7; 6 <- 5..8; 9 <- 7..11.
    assertEquals(
        List.of(0L, 5L, 1L, 7L, 5L, 8L, 7L, 11L),
        List.of(
            PREIMAGES.lowest(0),
            PREIMAGES.highest(0),
            PREIMAGES.lowest(5),
            PREIMAGES.highest(5),
            PREIMAGES.lowest(6),
            PREIMAGES.highest(6),
            PREIMAGES.lowest(9),
            PREIMAGES.highest(9)));
    assertEquals(5, PREIMAGES.threshold());
    assertEquals(-1, PREIMAGES.lowest(3));
  }

  @Test
  void a_line_whose_total_fell_to_0_gives_away_five_single_persons() {
    // Five categories of one person each: every row is published (0 or 5), so each holds >= 1;
    // the total of 5 persons was published as 0, so it holds <= 5. Hence 5 = 1+1+1+1+1 exactly.
    Table fb =
        table(
            "funding_basis",
            DISTRIBUTION,
            row("101", "a", 0L, 0L),
            row("101", "b", 5L, 0L),
            row("101", "c", 0L, 0L),
            row("101", "d", 0L, 0L),
            row("101", "e", 5L, 0L));
    List<String> small =
        "abcde"
            .chars()
            .mapToObj(
                c ->
                    "funding_basis [101, funding_basis="
                        + (char) c
                        + "] cases: an attacker can tell this"
                        + " count exactly, and it is below the threshold")
            .toList();
    List<String> expected = new java.util.ArrayList<>(small.subList(0, 1));
    expected.add(
        "funding_basis [101] total: an attacker can tell this count exactly: its noise can be"
            + " taken off");
    expected.addAll(small.subList(1, 5));
    assertEquals(expected, run(byName(fb)));
  }

  @Test
  void the_same_line_with_its_total_published_as_5_gives_nothing_away() {
    // Total 5 -> 1..7, at least 5 rows -> 5..7; each category 1..(7 - 4) = 1..3: none is fixed.
    Table fb =
        table(
            "funding_basis",
            DISTRIBUTION,
            row("101", "a", 0L, 5L),
            row("101", "b", 5L, 5L),
            row("101", "c", 0L, 5L),
            row("101", "d", 0L, 5L),
            row("101", "e", 5L, 5L));
    assertEquals(List.of(), run(byName(fb)));
  }

  @Test
  void rows_of_a_dataset_that_publishes_empty_cells_too_tell_nothing() {
    // The same five single persons, and a sixth, empty category f: the restricted rows show the
    // dataset publishes complete grids, so a row no longer means ">= 1": every cell stays 0..5.
    List<String> restricted = List.of("municipality_code", "funding_basis", "cases", "total");
    Table truth =
        table(
            "funding_basis",
            restricted,
            row("101", "a", 1L, 5L),
            row("101", "b", 1L, 5L),
            row("101", "c", 1L, 5L),
            row("101", "d", 1L, 5L),
            row("101", "e", 1L, 5L),
            row("101", "f", 0L, 5L));
    Table fb =
        table(
            "funding_basis",
            DISTRIBUTION,
            row("101", "a", 0L, 0L),
            row("101", "b", 5L, 0L),
            row("101", "c", 0L, 0L),
            row("101", "d", 0L, 0L),
            row("101", "e", 5L, 0L),
            row("101", "f", 0L, 0L));
    LinearAttack.Outcome o =
        new LinearAttack(PREIMAGES, LinkedTables.all()).run(byName(fb), byName(truth));
    assertEquals(List.of(), o.findings());
    assertEquals(List.of(), o.relationsNotExact());
  }

  @Test
  void cumulative_stages_take_the_noise_off_both() {
    // "At least 1": 5 cases published as 0 (0..5, and its row says >= 1); "at least 2": 5 cases
    // published as 6 (5..8). At least 2 never exceeds at least 1: x2 <= x1 <= 5 and x2 >= 5, so
    // both are exactly 5, and so is the total (the first stage).
    Table cbr =
        table(
            "cases_by_registrations",
            List.of("municipality_code", "min_registrations", "cases", "total"),
            row("101", 1, 0L, 0L),
            row("101", 2, 6L, 0L));
    String exact = " an attacker can tell this count exactly: its noise can be taken off";
    assertEquals(
        List.of(
            "cases_by_registrations [101, min_registrations=1] cases:" + exact,
            "cases_by_registrations [101] total:" + exact,
            "cases_by_registrations [101, min_registrations=2] cases:" + exact),
        run(byName(cbr)));
  }

  @Test
  void two_datasets_sharing_a_margin_take_the_noise_off_both() {
    // goals_set "yes" published 0 (its row: 1..5); goal_type's only category published 6 (5..8);
    // the goal types add up to "yes": 5 <= x <= 5 for both, and for both line totals.
    Map<String, Table> published =
        byName(
            table(
                "goals_set",
                List.of("municipality_code", "goals_set", "cases", "total"),
                row("101", "yes", 0L, 0L)),
            table(
                "goal_type",
                List.of("municipality_code", "goal_type", "cases", "total"),
                row("101", "improvement", 6L, 6L)));
    String exact = " an attacker can tell this count exactly: its noise can be taken off";
    assertEquals(
        List.of(
            "goal_type [101, goal_type=improvement] cases:" + exact,
            "goal_type [101] total:" + exact,
            "goals_set [101, goals_set=yes] cases:" + exact,
            "goals_set [101] total:" + exact),
        run(published).stream().sorted().toList());
  }

  @Test
  void differencing_an_exact_published_sum_is_caught() {
    // As municipality_overview was published before registrations were perturbed: exactly 20.
    // The stages of cases_by_registrations add up to them: x1 + x2 = 20 with x1 from 9 (7..11)
    // and x2 from 7 (5..9) gives x1 = 11 and x2 = 9; the overview's cases are x1 too.
    Map<String, Table> published =
        byName(
            new Table(
                exactRegistrations(),
                List.of("municipality_code", "cases", "registrations"),
                List.<Object[]>of(row("101", 9L, 20L))),
            table(
                "cases_by_registrations",
                List.of("municipality_code", "min_registrations", "cases", "total"),
                row("101", 1, 9L, 9L),
                row("101", 2, 7L, 9L)));
    String exact = " an attacker can tell this count exactly: its noise can be taken off";
    assertEquals(
        List.of(
            "cases_by_registrations [101, min_registrations=1] cases:" + exact,
            "cases_by_registrations [101, min_registrations=2] cases:" + exact,
            "cases_by_registrations [101] total:" + exact,
            "municipality_overview [101] cases:" + exact),
        run(published).stream().sorted().toList());
  }

  @Test
  void the_same_stages_beside_perturbed_registrations_pass() {
    // Registrations published 20, now a perturbed count: 18..22. x1 + x2 is 18..20, so x1 stays
    // 9..11 and x2 7..9 (each at least 18 minus the other's largest): nothing is pinned.
    Map<String, Table> published =
        byName(
            table(
                "municipality_overview",
                List.of("municipality_code", "cases", "registrations"),
                row("101", 9L, 20L)),
            table(
                "cases_by_registrations",
                List.of("municipality_code", "min_registrations", "cases", "total"),
                row("101", 1, 9L, 9L),
                row("101", 2, 7L, 9L)));
    assertEquals(List.of(), run(published));
  }

  @Test
  void perturbed_registrations_are_bounded_by_their_preimage_too() {
    // Three cases of one registration each, registrations published 0 (0..5), cases and k = 1
    // published 5 (1..7), k = 2 published 0 with a row (1..5). x1 + x2 <= 5 with x2 >= 1 gives
    // x1 <= 4 and x2 <= 2 (x2 <= x1): nothing pinned. An exact 2, as published before, pins
    // x1 = x2 = 1 (each at least 1), and with x1 the total and the overview's cases.
    Map<String, Table> perturbed =
        byName(
            table(
                "municipality_overview",
                List.of("municipality_code", "cases", "registrations"),
                row("101", 5L, 0L)),
            table(
                "cases_by_registrations",
                List.of("municipality_code", "min_registrations", "cases", "total"),
                row("101", 1, 5L, 5L),
                row("101", 2, 0L, 5L)));
    assertEquals(List.of(), run(perturbed));
    Map<String, Table> exact =
        byName(
            new Table(
                exactRegistrations(),
                List.of("municipality_code", "cases", "registrations"),
                List.<Object[]>of(row("101", 5L, 2L))),
            perturbed.get("cases_by_registrations"));
    String small = " an attacker can tell this count exactly, and it is below the threshold";
    assertEquals(
        List.of(
            "cases_by_registrations [101, min_registrations=1] cases:" + small,
            "cases_by_registrations [101, min_registrations=2] cases:" + small,
            "cases_by_registrations [101] total:" + small,
            "municipality_overview [101] cases:" + small),
        run(exact).stream().sorted().toList());
  }

  @Test
  void exact_full_year_users_bound_a_years_users_from_below() {
    // As published before they were scaled to the published users: nobody is served more than
    // the year, so the users are at least the exact full-year users. Unique users published 9
    // (7..11), full-year users 10.2: at least 11, pinned. Those by 31 December, 7 (5..9) and at
    // most the users, stay open. With 8.2 full-year users the users stay 9..11.
    List<String> columns =
        List.of(
            "municipality_code",
            "service",
            "year",
            "full_year_users",
            "unique_users",
            "users_dec31");
    List<Relation> exact = new java.util.ArrayList<>(LinkedTables.all());
    exact.add(
        Relation.atLeast(
            CellSum.of("activity_by_year").per("service", "year"),
            CellSum.of("activity_by_year").column("full_year_users").per("service", "year")));
    Table pinned = table("activity_by_year", columns, row("101", "SEL85", 2020, 10.2, 9L, 7L));
    assertEquals(
        List.of(
            "activity_by_year [101, service=SEL85, year=2020] unique_users: an attacker can tell"
                + " this count exactly: its noise can be taken off"),
        run(byName(pinned), exact));
    assertEquals(List.of(), run(byName(pinned)), "scaled, the bound is not the attacker's");
    Table open = table("activity_by_year", columns, row("101", "SEL85", 2020, 8.2, 9L, 7L));
    assertEquals(List.of(), run(byName(open), exact));
  }

  @Test
  void published_values_in_a_relation_are_rounded_once_the_safe_way() {
    // counts >= 6.4 (constant -6.4 on the left): counts >= 7, so the constant is floor(-6.4) = -7;
    // counts <= 6.4: counts <= 6, ceil(-6.4) = -6; two values of 0.5 add up to 1 first.
    assertEquals(-7, SystemBuilder.whole(-6.4, CellSystem.Sense.AT_LEAST));
    assertEquals(-6, SystemBuilder.whole(-6.4, CellSystem.Sense.AT_MOST));
    assertEquals(-1, SystemBuilder.whole(-0.5 + -0.5, CellSystem.Sense.AT_LEAST));
    assertEquals(-20, SystemBuilder.whole(-20.0, CellSystem.Sense.EQUAL));
  }

  /** municipality_overview as it was published before: registrations an exact value. */
  private static ResultDataset exactRegistrations() {
    ResultDataset now = ResultCatalogue.byName("municipality_overview");
    List<Column> columns =
        now.columns().stream()
            .map(
                c ->
                    c.name().equals("registrations")
                        ? Column.value(c.name(), c.type(), c.titleDa())
                        : c)
            .toList();
    return new ResultDataset(
        now.name(),
        now.figure(),
        now.titleDa(),
        now.descriptionDa(),
        columns,
        now.countGroups(),
        now.personLevel(),
        now.audience(),
        now.restrictedOnly());
  }

  @Test
  void five_municipalities_under_an_all_published_as_0_hold_one_person_each() {
    // "all" published 0 holds 0..5; five municipalities' rows each hold >= 1; they add up to
    // "all", so each holds exactly 1. With two municipalities, each stays 1..4: nothing found.
    List<String> columns = List.of("municipality_code", "goals_set", "cases", "total");
    List<Object[]> rows = new java.util.ArrayList<>();
    for (String m : List.of("101", "102", "103", "104", "105", "all")) {
      rows.add(row(m, "yes", 0L, 0L));
    }
    Table five =
        new Table(dk.socialbench.contract.ResultCatalogue.byName("goals_set"), columns, rows);
    List<String> municipalCases =
        run(byName(five)).stream()
            .filter(f -> f.contains("] cases:") && !f.startsWith("goals_set [all"))
            .toList();
    assertEquals(
        List.of("101", "102", "103", "104", "105").stream()
            .map(
                m ->
                    "goals_set ["
                        + m
                        + ", goals_set=yes] cases: an attacker can tell this count exactly, and it"
                        + " is below the threshold")
            .toList(),
        municipalCases);
    Table two = new Table(five.dataset(), columns, List.of(rows.get(0), rows.get(1), rows.get(5)));
    assertEquals(List.of(), run(byName(two)));
  }

  @Test
  void five_municipalities_under_all_are_pinned_by_rows_published_as_0_and_not_when_left_out() {
    // Each of 101..105 has "no" 10 (8..12) and a total 10 (8..12); "all" has "no" 45 (43..47) and
    // a total 50 (48..52), so all's "yes" = total - no lies in 1..9. As published before, a "yes"
    // row of 0 in each municipality and in "all": each municipal "yes" holds 1..5 (the row
    // exists), all's "yes" 0..5; they add up to all's, so each is 1 and all's is 5.
    List<String> columns = List.of("municipality_code", "goals_set", "cases", "total");
    List<String> municipalities = List.of("101", "102", "103", "104", "105");
    List<Object[]> no = new java.util.ArrayList<>();
    List<Object[]> yes = new java.util.ArrayList<>();
    for (String m : municipalities) {
      no.add(row(m, "no", 10L, 10L));
      yes.add(row(m, "yes", 0L, 10L));
    }
    no.add(row("all", "no", 45L, 50L));
    yes.add(row("all", "yes", 0L, 50L));
    List<Object[]> before = new java.util.ArrayList<>(no);
    before.addAll(yes);
    List<String> found =
        run(byName(new Table(ResultCatalogue.byName("goals_set"), columns, before)));
    List<String> expected = new java.util.ArrayList<>();
    for (String m : municipalities) {
      expected.add(
          "goals_set ["
              + m
              + ", goals_set=yes] cases: an attacker can tell this count exactly, and it is below"
              + " the threshold");
    }
    assertEquals(
        expected,
        found.stream().filter(f -> f.contains("yes] cases") && !f.contains("[all")).toList());
    // As published now: the rows of 0 are left out. Each absent "yes" reads as a published 0
    // (0..5), all's too, and nothing ties them to 1 each: nothing is found. The categories that
    // exist come from the restricted rows (true: "yes" 1 and "no" 9 in each municipality, 5 and
    // 45 in all), as the attacker knows them.
    List<String> truthColumns =
        List.of("municipality_code", "goals_set", "cases", "cases_key", "total", "total_key");
    List<Object[]> truth = new java.util.ArrayList<>();
    for (String m : municipalities) {
      truth.add(row(m, "no", 9L, 0L, 10L, 0L));
      truth.add(row(m, "yes", 1L, 0L, 10L, 0L));
    }
    truth.add(row("all", "no", 45L, 0L, 50L, 0L));
    truth.add(row("all", "yes", 5L, 0L, 50L, 0L));
    LinearAttack.Outcome after =
        new LinearAttack(PREIMAGES, LinkedTables.all())
            .run(
                byName(new Table(ResultCatalogue.byName("goals_set"), columns, no)),
                byName(new Table(ResultCatalogue.byName("goals_set"), truthColumns, truth)));
    assertEquals(List.of(), after.findings());
    assertEquals(List.of(), after.relationsNotExact());
  }

  /** goals_set "yes" of 101, 102 and all, published and true, with line totals equal to them. */
  private static Map<String, Table> goalsSetYes(long m101, long m102, long all, boolean truth) {
    List<String> columns =
        truth
            ? List.of("municipality_code", "goals_set", "cases", "cases_key", "total", "total_key")
            : List.of("municipality_code", "goals_set", "cases", "total");
    List<Object[]> rows = new java.util.ArrayList<>();
    for (Object[] r :
        List.of(
            new Object[] {"101", m101}, new Object[] {"102", m102}, new Object[] {"all", all})) {
      rows.add(truth ? row(r[0], "yes", r[1], 0L, r[1], 0L) : row(r[0], "yes", r[1], r[1]));
    }
    return byName(new Table(ResultCatalogue.byName("goals_set"), columns, rows));
  }

  @Test
  void all_at_least_a_municipality_pins_both_where_a_mover_breaks_the_sum() {
    // True: 101 has 7 persons with goals set, 102 one, who is one of 101's (moved): all has 7,
    // and 7 + 1 = 8 is not 7, so the municipalities do not add up to all here. Published: 101
    // as 9 (7..11), 102 and all as 5 (1..7). The sum holds as "at least all" (8 >= 7), and all
    // is at least each municipality: all >= 101 >= 7 and all <= 7, so both are exactly 7 (and
    // their line totals); 102 stays 1..7. Left out, as the sum was before, nothing ties all to
    // 101, and nothing is found.
    LinearAttack.Outcome o =
        new LinearAttack(PREIMAGES, LinkedTables.all())
            .run(goalsSetYes(9L, 5L, 5L, false), goalsSetYes(7L, 1L, 7L, true));
    String exact = " an attacker can tell this count exactly: its noise can be taken off";
    assertEquals(
        List.of(
            "goals_set [101, goals_set=yes] cases:" + exact,
            "goals_set [101] total:" + exact,
            "goals_set [all, goals_set=yes] cases:" + exact,
            "goals_set [all] total:" + exact),
        o.findings().stream().map(Finding::toString).sorted().toList());
    assertEquals(List.of(), o.relationsNotExact());
    // The two sums (cases, total) kept as "at least all".
    assertEquals(2, o.system().weakened());
  }

  @Test
  void municipalities_adding_up_to_less_than_all_are_still_not_exact() {
    // No person can make the municipalities add up to less than all (3 + 1 < 7): the sum is
    // declared wrong, and the auditor says so rather than keep it as "at least all".
    LinearAttack.Outcome o =
        new LinearAttack(PREIMAGES, LinkedTables.all())
            .run(goalsSetYes(5L, 5L, 5L, false), goalsSetYes(3L, 1L, 7L, true));
    assertEquals(
        List.of(
            "goals_set.cases: the municipalities add up to all",
            "goals_set.total: the municipalities add up to all"),
        o.relationsNotExact());
  }
}
