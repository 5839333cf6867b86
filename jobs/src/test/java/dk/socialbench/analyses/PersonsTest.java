package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dk.socialbench.SparkTest;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

/**
 * {@link Persons#aggregate}'s counts and keys against values worked out by hand from the record
 * keys of {@link CellKeysTest} (python3's hashlib): P1 2617242684, P2 4139475254, P3 308915609.
 */
public class PersonsTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final String P1 = "0123456789abcdef0123456789abcdef";
  private static final String P2 = "00000000000000000000000000000000";
  private static final String P3 = "00112233445566778899aabbccddeeff";

  private Dataset<Row> units() {
    StructType schema =
        new StructType()
            .add("cell", DataTypes.StringType)
            .add("person_key", DataTypes.StringType)
            .add("flag", DataTypes.BooleanType)
            .add("value", DataTypes.DoubleType);
    return table(
        schema,
        new Object[] {"a", P1, true, 1.0},
        new Object[] {"a", P1, false, 2.0},
        new Object[] {"a", P2, false, 4.0},
        new Object[] {"b", P3, true, 8.0},
        new Object[] {"b", P3, true, 16.0},
        new Object[] {null, P2, true, 32.0},
        new Object[] {"c", P1, false, 64.0});
  }

  /**
   * a: persons P1, P2 (P1's two rows once): 2617242684 + 4139475254 = 6756717938 − 2^32 =
   * 2461750642; flagged only P1. b: P3 twice, one person. The null cell is a group of its own. c:
   * nobody flagged, so 0 persons with key 0. Rows count every row: a 3, b 2, null 1, c 1.
   */
  @Test
  public void persons_count_once_per_group_with_the_sum_of_their_record_keys() {
    Dataset<Row> actual =
        Persons.aggregate(
            units(),
            List.of("cell"),
            List.of(sum("value").as("value_sum")),
            Persons.persons("persons"),
            Persons.persons("flagged", col("flag")),
            Persons.units("rows"));
    StructType schema =
        new StructType()
            .add("cell", DataTypes.StringType)
            .add("value_sum", DataTypes.DoubleType)
            .add("persons", DataTypes.LongType)
            .add("persons_key", DataTypes.LongType)
            .add("flagged", DataTypes.LongType)
            .add("flagged_key", DataTypes.LongType)
            .add("rows", DataTypes.LongType)
            .add("rows_key", DataTypes.LongType);
    assertRows(
        table(
            schema,
            new Object[] {"a", 7.0, 2L, 2461750642L, 1L, 2617242684L, 3L, 2461750642L},
            new Object[] {"b", 24.0, 1L, 308915609L, 1L, 308915609L, 2L, 308915609L},
            new Object[] {null, 32.0, 1L, 4139475254L, 1L, 4139475254L, 1L, 4139475254L},
            new Object[] {"c", 64.0, 1L, 2617242684L, 0L, 0L, 1L, 2617242684L}),
        actual);
  }

  /** The fast path gives what the distinct aggregates give, on the same units. */
  @Test
  public void the_counts_equal_the_distinct_aggregates() {
    Dataset<Row> distinct =
        Persons.withKeys(units())
            .groupBy("cell")
            .agg(
                Persons.counted("flagged", col("flag"))[0],
                Persons.counted("flagged", col("flag"))[1],
                Persons.unitsCounted("rows")[0],
                Persons.unitsCounted("rows")[1]);
    assertRows(
        distinct,
        Persons.aggregate(
            units(),
            List.of("cell"),
            List.of(),
            Persons.persons("flagged", col("flag")),
            Persons.units("rows")));
  }
}
