package dk.socialbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class SparkOptionsTest {

  @Command(name = "example")
  static final class ExampleCommand {
    @Mixin SparkOptions spark;
  }

  private static SparkOptions parse(String... args) {
    ExampleCommand command = new ExampleCommand();
    new CommandLine(command).parseArgs(args);
    return command.spark;
  }

  @Test
  void without_options_spark_runs_locally_on_every_core_with_no_extra_settings() {
    SparkOptions spark = parse();
    assertEquals("local[*]", spark.master());
    assertEquals(Map.of(), spark.conf());
  }

  @Test
  void a_cluster_master_and_repeated_settings_are_kept_in_the_order_given() {
    SparkOptions spark =
        parse(
            "--master", "spark://host:7077",
            "--conf", "spark.executor.memory=4g",
            "--conf", "spark.driver.host=10.0.0.5");
    assertEquals("spark://host:7077", spark.master());
    assertEquals(
        List.of("spark.executor.memory", "spark.driver.host"), List.copyOf(spark.conf().keySet()));
    assertEquals("10.0.0.5", spark.conf().get("spark.driver.host"));
  }

  @Test
  void a_setting_without_a_value_is_refused_by_the_parser() {
    assertThrows(
        CommandLine.ParameterException.class, () -> parse("--conf", "spark.executor.memory"));
  }
}
