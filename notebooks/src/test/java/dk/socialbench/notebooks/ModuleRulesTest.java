package dk.socialbench.notebooks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules across the modules. Each Java package lives in exactly one module, so a package name says
 * where its code is and no class reaches another module's package-private members; and the
 * notebooks module's own packages form no cycle. The first rule reads every module's sources (main
 * and test), since no single test classpath holds all four modules.
 */
class ModuleRulesTest {
  private static final List<String> MODULES = List.of("reports", "jobs", "server", "notebooks");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  @Test
  void no_package_is_declared_in_two_modules() {
    Map<String, TreeSet<String>> modulesByPackage = new TreeMap<>();
    for (String module : MODULES) {
      for (Path file : javaFiles(projectRoot().resolve(module).resolve("src"))) {
        packageOf(file)
            .ifPresent(p -> modulesByPackage.computeIfAbsent(p, k -> new TreeSet<>()).add(module));
      }
    }
    assertTrue(
        modulesByPackage.containsKey("dk.socialbench.notebooks.run")
            && modulesByPackage.containsKey("dk.socialbench.contract"),
        "the sources were not found under " + projectRoot());
    Map<String, TreeSet<String>> split = new TreeMap<>(modulesByPackage);
    split.values().removeIf(modules -> modules.size() < 2);
    assertEquals(Map.of(), split, "packages declared in more than one module");
  }

  @Test
  void the_notebooks_packages_form_no_cycle_and_never_use_the_server() {
    JavaClasses notebooks =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.socialbench.notebooks");
    assertTrue(notebooks.contain("dk.socialbench.notebooks.run.NotebookRun"), "nothing imported");
    slices().matching("dk.socialbench.notebooks.(*)..").should().beFreeOfCycles().check(notebooks);
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dk.socialbench.server..")
        .check(notebooks);
  }

  /** Surefire runs in the module's directory; the project root is its parent. */
  private static Path projectRoot() {
    return Path.of("").toAbsolutePath().getParent();
  }

  private static List<Path> javaFiles(Path src) {
    if (!Files.isDirectory(src)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(src)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> packageOf(Path file) {
    try {
      Matcher m = PACKAGE.matcher(Files.readString(file));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
