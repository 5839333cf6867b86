package dk.socialbench.notebooks.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The job jar holds socialbench and what Spark lacks, and nothing Spark has: no class of it is also
 * a class of Spark's own jars (a clash would make the cluster's version and ours fight), and the
 * libraries whose versions differ from Spark's are relocated.
 */
class JobJarIT {
  private final Path jobJar = Path.of(System.getProperty("socialbench.job.jar"));
  private final Path sparkJars =
      Path.of(System.getProperty("socialbench.spark.home", "target/spark-home"), "jars");

  @Test
  void job_jar_shares_no_class_with_spark() throws IOException {
    Set<String> spark = new HashSet<>();
    try (Stream<Path> jars = Files.list(sparkJars)) {
      for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
        spark.addAll(classes(jar));
      }
    }
    List<String> both = new ArrayList<>();
    for (String c : classes(jobJar)) {
      if (spark.contains(c)) {
        both.add(c);
      }
    }
    assertEquals(List.of(), both.subList(0, Math.min(both.size(), 20)), both.size() + " shared");
  }

  @Test
  void job_jar_carries_the_pipeline_and_relocated_commons() throws IOException {
    Set<String> classes = new HashSet<>(classes(jobJar));
    assertTrue(classes.contains("dk/socialbench/cluster/SubmitMain.class"));
    assertTrue(classes.contains("dk/socialbench/pipeline/Pipeline.class"));
    assertTrue(classes.contains("org/apache/poi/xssf/usermodel/XSSFWorkbook.class"));
    assertTrue(classes.contains("dk/socialbench/shaded/commons/io/IOUtils.class"));
    assertTrue(classes.stream().noneMatch(c -> c.startsWith("org/apache/commons/io/")));
    assertTrue(classes.stream().noneMatch(c -> c.startsWith("org/apache/spark/")));
    assertTrue(classes.stream().noneMatch(c -> c.startsWith("scala/")));
    assertTrue(classes.stream().noneMatch(c -> c.startsWith("com/fasterxml/jackson/")));
  }

  private static List<String> classes(Path jar) throws IOException {
    try (JarFile j = new JarFile(jar.toFile())) {
      return j.stream()
          .map(e -> e.getName())
          .filter(
              n ->
                  n.endsWith(".class")
                      && !n.startsWith("META-INF/")
                      && !n.endsWith("module-info.class"))
          .toList();
    }
  }
}
