package dk.socialbench.spark;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.Test;

/** {@link InputSizedSettings} on a real session: what it sets, and only when asked. */
public class InputSizedSessionTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final String PARTITIONS = "spark.sql.shuffle.partitions";
  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  private static final String COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  private static final String LISTING = InputSizedSettings.LISTING_THRESHOLD;
  private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";
  private static final String FALLBACK =
      "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";

  @Test
  public void a_small_input_runs_on_one_partition_without_adaptive_execution() {
    withSizing(
        "true",
        conf -> {
          // The samples, about 200 KB: ceil(0.2 MiB / 8 MiB) = 1 partition.
          InputSizedSettings.applyTo(spark(), 200_000);
          assertEquals("1", conf.get(PARTITIONS));
          assertEquals("false", conf.get(ADAPTIVE));
          assertEquals(String.valueOf(Integer.MAX_VALUE), conf.get(LISTING));
        });
  }

  @Test
  public void a_larger_input_keeps_adaptive_execution() {
    withSizing(
        "true",
        conf -> {
          // 30 MiB: ceil(30 / 8) = 4 partitions (the tests' local[2] allows up to 8).
          InputSizedSettings.applyTo(spark(), 30L << 20);
          assertEquals("4", conf.get(PARTITIONS));
          assertEquals("true", conf.get(ADAPTIVE));
        });
  }

  @Test
  public void a_larger_input_after_a_small_one_in_the_same_session_is_adaptive_again() {
    withSizing(
        "true",
        conf -> {
          InputSizedSettings.applyTo(spark(), 200_000);
          assertEquals("false", conf.get(ADAPTIVE));
          InputSizedSettings.applyTo(spark(), 30L << 20);
          assertEquals("4", conf.get(PARTITIONS));
          assertEquals("true", conf.get(ADAPTIVE));
        });
  }

  @Test
  public void code_is_generated_only_above_1_mib_of_input() {
    withSizing(
        "true",
        conf -> {
          // The samples are 248 KB: interpreted; 1 MiB exactly still is.
          InputSizedSettings.applyTo(spark(), 248_000);
          assertEquals("false", conf.get(WHOLE_STAGE));
          assertEquals("NO_CODEGEN", conf.get(FACTORY_MODE));
          InputSizedSettings.applyTo(spark(), 1L << 20);
          assertEquals("false", conf.get(WHOLE_STAGE));
          // 10^4 generated registrations are 2.2 MB: code generated again, in the same session.
          InputSizedSettings.applyTo(spark(), 2_200_000);
          assertEquals("true", conf.get(WHOLE_STAGE));
          assertEquals("FALLBACK", conf.get(FACTORY_MODE));
        });
  }

  @Test
  public void caches_are_compressed_only_above_512_mib_of_input() {
    withSizing(
        "true",
        conf -> {
          // 10^6 generated registrations are about 208 MiB: uncompressed.
          InputSizedSettings.applyTo(spark(), 208L << 20);
          assertEquals("false", conf.get(COMPRESSED));
          assertEquals("true", conf.get(RowCache.ROWS));
          // 512 MiB exactly is not above the threshold; one byte more is, and is cached in
          // Spark's compressed columns instead of rows.
          InputSizedSettings.applyTo(spark(), 512L << 20);
          assertEquals("false", conf.get(COMPRESSED));
          InputSizedSettings.applyTo(spark(), (512L << 20) + 1);
          assertEquals("true", conf.get(COMPRESSED));
          assertEquals("false", conf.get(RowCache.ROWS));
        });
  }

  @Test
  public void a_session_that_does_not_ask_keeps_its_settings() {
    withSizing(
        "false",
        conf -> {
          InputSizedSettings.applyTo(spark(), 200_000);
          assertEquals("2", conf.get(PARTITIONS));
          assertEquals("true", conf.get(ADAPTIVE));
          assertEquals("true", conf.get(COMPRESSED));
          assertEquals("32", conf.get(LISTING));
          assertEquals("true", conf.get(RowCache.ROWS));
          assertEquals("true", conf.get(WHOLE_STAGE));
        });
  }

  @Test
  public void object_aggregation_keeps_16384_groups_before_it_sorts() {
    withSizing(
        "true",
        conf -> {
          // Spark's default is 128; at any input size a run keeps 2^14.
          assertEquals("128", conf.get(FALLBACK));
          InputSizedSettings.applyTo(spark(), 200_000);
          assertEquals("16384", conf.get(FALLBACK));
          InputSizedSettings.applyTo(spark(), 208L << 20);
          assertEquals("16384", conf.get(FALLBACK));
        });
    withSizing(
        "false",
        conf -> {
          InputSizedSettings.applyTo(spark(), 208L << 20);
          assertEquals("128", conf.get(FALLBACK));
        });
  }

  /** Runs {@code check} with sizing on or off, then restores the shared session's settings. */
  private void withSizing(String enabled, java.util.function.Consumer<RuntimeConfig> check) {
    RuntimeConfig conf = spark().conf();
    String partitions = conf.get(PARTITIONS);
    String adaptive = conf.get(ADAPTIVE);
    String compressed = conf.get(COMPRESSED);
    String listing = conf.get(LISTING);
    String wholeStage = conf.get(WHOLE_STAGE);
    String factoryMode = conf.get(FACTORY_MODE);
    String rows = conf.get(RowCache.ROWS);
    try {
      conf.set(InputSizedSettings.ENABLED, enabled);
      conf.set(ADAPTIVE, "true");
      check.accept(conf);
    } finally {
      conf.unset(InputSizedSettings.ENABLED);
      conf.set(PARTITIONS, partitions);
      conf.set(ADAPTIVE, adaptive);
      conf.set(COMPRESSED, compressed);
      conf.set(LISTING, listing);
      conf.set(WHOLE_STAGE, wholeStage);
      conf.set(FACTORY_MODE, factoryMode);
      conf.set(RowCache.ROWS, rows);
      conf.unset(FALLBACK);
    }
  }
}
