package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.SparkTest;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;

/**
 * Record and cell keys against values computed independently, with python3's hashlib: {@code
 * int(sha256(("socialbench cell key:" + person_key).encode()).hexdigest()[:8], 16)}.
 */
public class CellKeysTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final String P1 = "0123456789abcdef0123456789abcdef"; // record key 2617242684
  private static final String P2 = "00000000000000000000000000000000"; // record key 4139475254
  private static final String P3 = "00112233445566778899aabbccddeeff"; // record key 308915609

  private Dataset<Row> persons() {
    StructType schema =
        new StructType().add("cell", DataTypes.StringType).add("person_key", DataTypes.StringType);
    return spark()
        .createDataFrame(
            List.of(
                RowFactory.create("a", P1), RowFactory.create("a", P2), RowFactory.create("b", P3)),
            schema);
  }

  @Test
  public void a_record_key_is_the_first_32_bits_of_the_domain_separated_hash() {
    List<Row> rows =
        persons()
            .select(col("person_key"), CellKeys.recordKey(col("person_key")).as("record_key"))
            .orderBy("person_key")
            .collectAsList();
    Assert.assertEquals(
        List.of(
            RowFactory.create(P2, 4139475254L),
            RowFactory.create(P3, 308915609L),
            RowFactory.create(P1, 2617242684L)),
        rows);
  }

  @Test
  public void a_cell_key_is_the_sum_of_its_record_keys_modulo_2_to_the_32() {
    // a: 2617242684 + 4139475254 = 6756717938; - 4294967296 = 2461750642. b: 308915609 alone.
    List<Row> rows =
        persons()
            .withColumn("record_key", CellKeys.recordKey(col("person_key")))
            .groupBy("cell")
            .agg(CellKeys.cellKey(col("record_key")).as("cell_key"))
            .orderBy("cell")
            .collectAsList();
    Assert.assertEquals(
        List.of(RowFactory.create("a", 2461750642L), RowFactory.create("b", 308915609L)), rows);
  }

  /**
   * A person id is the hash's first 64 bits with the second 32 as the high half, read as a signed
   * LONG (python3: u = int(h[8:16], 16) << 32 | int(h[:8], 16); u - 2**64 when u >= 2**63): P1
   * 13248866361402192956 − 2^64, P2 15796562352125206838 − 2^64, P3 11038637203154120089 − 2^64.
   */
  @Test
  public void a_person_id_is_the_64_bit_person_number_with_the_record_key_as_its_low_half() {
    Assert.assertEquals(
        List.of(
            RowFactory.create(P2, -2650181721584344778L, 4139475254L),
            RowFactory.create(P3, -7408106870555431527L, 308915609L),
            RowFactory.create(P1, -5197877712307358660L, 2617242684L)),
        keyed(persons()));
  }

  /** The person ids computed in Java (for ingest) are those of the columns above. */
  @Test
  public void person_ids_in_java_are_those_of_the_columns() {
    CellKeys.PersonIds ids = new CellKeys.PersonIds();
    Assert.assertEquals(
        List.of(
            -5197877712307358660L,
            -2650181721584344778L,
            -7408106870555431527L,
            4626995498025382899L),
        List.of(ids.of(P1), ids.of(P2), ids.of(P3), ids.of("11111111111111111111111111111111")));
  }

  /**
   * Curated registrations carry the person id from ingest, and the record key is its low half (42);
   * a row without an id (curated data written before ingest wrote it) gets it from its person key,
   * as a table without the column does.
   */
  @Test
  public void a_person_id_read_is_kept_and_a_missing_one_is_derived_from_the_person_key() {
    StructType schema =
        new StructType()
            .add("person_key", DataTypes.StringType)
            .add("person_id", DataTypes.LongType);
    Dataset<Row> units =
        spark()
            .createDataFrame(
                List.of(RowFactory.create(P1, (1L << 32) + 42), RowFactory.create(P2, null)),
                schema);
    Assert.assertEquals(
        List.of(
            RowFactory.create(P2, -2650181721584344778L, 4139475254L),
            RowFactory.create(P1, (1L << 32) + 42, 42L)),
        keyed(units));
  }

  /** The units' person keys, ids and record keys ({@link Persons#withKeys}), by person key. */
  private static List<Row> keyed(Dataset<Row> units) {
    return Persons.withKeys(units)
        .select(col("person_key"), col("person_id"), col("record_key"))
        .orderBy("person_key")
        .collectAsList();
  }

  /**
   * A person number below 2^63 gives a positive id (python3 as above, for person key "1111...1", 32
   * ones: u = 4626995498025382899; the hash's first eight hex digits, fd2273f3, are the record key
   * 4246893555): the sign comes from the hash's ninth hex digit, not from the reading.
   */
  @Test
  public void a_person_id_with_its_high_bit_clear_is_positive() {
    String p4 = "11111111111111111111111111111111";
    StructType schema = new StructType().add("person_key", DataTypes.StringType);
    List<Row> rows =
        Persons.withKeys(spark().createDataFrame(List.of(RowFactory.create(p4)), schema))
            .select(col("person_key"), col("person_id"), col("record_key"))
            .collectAsList();
    Assert.assertEquals(List.of(RowFactory.create(p4, 4626995498025382899L, 4246893555L)), rows);
  }
}
