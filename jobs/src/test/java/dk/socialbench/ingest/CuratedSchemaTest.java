package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/**
 * The curated registrations' Spark schema, now built from the contract's {@code CuratedColumn}, is
 * the one ingest wrote before: same names, types, nullability and order. The expected text is the
 * schema as it was declared by hand in {@code CuratedRegistrations} (main at b4fe3c8), so a
 * reordered or retyped contract column fails here before it changes a run's Parquet. A column added
 * since is declared in {@code ADDED}, nullable, so that curated data written before it still reads.
 */
public class CuratedSchemaTest {
  private static final String[] AS_DECLARED_BEFORE = {
    "case_id:string:false",
    "person_key:string:false",
    "sex:string:false",
    "age_at_registration:int:false",
    "target_group:string:false",
    "case_closed:boolean:true",
    "closed_date:date:true",
    "closing_reason:string:true",
    "registration_date:date:false",
    "registration_number:int:false",
    "registrations_in_case:int:false",
    "months_since_previous:double:true",
    "registration_kind:string:false",
    "initiator:string:true",
    "service:string:false",
    "provider_name:string:true",
    "provider_type:string:true",
    "daily_price:double:true",
    "hours_individual:double:true",
    "hours_group:double:true",
    "vum_score:double:false",
    "goals_set:boolean:false",
    "goal_type:string:true",
    "vum_target:double:true",
    "expected_goal_date:date:true",
    "previous_goal_fulfilled:string:true",
    "concurrent_service:string:true",
    "concurrent_daily_price:double:true",
    "funding_basis:string:true",
    "employment_measure:boolean:true",
    "source_file:string:false",
    "source_line:bigint:false",
    "municipality_code:string:false"
  };

  /** Columns added since, each after the column named: a reader of older data gets them null. */
  private static final String[][] ADDED = {{"person_key", "person_id:bigint:true"}};

  @Test
  public void the_curated_schema_is_the_one_ingest_wrote_before_with_the_columns_added() {
    List<String> expected = new ArrayList<>(Arrays.asList(AS_DECLARED_BEFORE));
    for (String[] added : ADDED) {
      int after = expected.indexOf(added[0] + ":string:false");
      expected.add(after + 1, added[1]);
    }
    String[] actual =
        Arrays.stream(CuratedRegistrations.SCHEMA.fields())
            .map(f -> f.name() + ":" + f.dataType().simpleString() + ":" + f.nullable())
            .toArray(String[]::new);
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }

  @Test
  public void parsed_rows_carry_every_curated_column_the_case_rules_do_not_derive() {
    // 33 curated columns - 3 derived by the case rules (registration_number,
    // registrations_in_case, months_since_previous) = 30, every one a field of the parsed rows.
    long carried =
        Arrays.stream(AS_DECLARED_BEFORE)
            .map(s -> s.substring(0, s.indexOf(':')))
            .filter(name -> ParsedRows.SCHEMA.getFieldIndex(name).isDefined())
            .count();
    assertEquals(30, carried);
  }
}
