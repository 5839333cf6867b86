package dk.socialbench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SubmitMainTest {
  @Test
  void spark_submit_master_and_settings_become_run_options() {
    Properties system = new Properties();
    system.setProperty("spark.master", "spark://host:7077");
    system.setProperty("spark.sql.shuffle.partitions", "8");
    system.setProperty("spark.executor.memory", "4g");
    List<String> args =
        List.of(SubmitMain.arguments(new String[] {"--input", "in", "--work", "w"}, system));
    assertEquals(
        List.of(
            "run",
            "--input",
            "in",
            "--work",
            "w",
            "--master",
            "spark://host:7077",
            "--conf",
            "spark.sql.shuffle.partitions=8"),
        args);
  }

  @Test
  void an_explicit_master_and_other_subcommands_are_left_alone() {
    Properties system = new Properties();
    system.setProperty("spark.master", "yarn");
    assertEquals(
        List.of("run", "--master", "local[2]", "--input", "in"),
        List.of(
            SubmitMain.arguments(
                new String[] {"run", "--master", "local[2]", "--input", "in"}, system)));
    assertEquals(
        List.of("generate", "--out", "d"),
        List.of(SubmitMain.arguments(new String[] {"generate", "--out", "d"}, system)));
  }
}
