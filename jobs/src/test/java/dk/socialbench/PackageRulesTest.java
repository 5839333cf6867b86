package dk.socialbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jobs' feature packages ({@code ingest}, {@code analyses}, {@code pipeline}, {@code cli}, ...)
 * form no cycle, so each can be read, tested and changed from the bottom up; and none of them
 * reaches into the server.
 */
class PackageRulesTest {
  private static JavaClasses jobs;

  @BeforeAll
  static void importJobs() {
    jobs =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.socialbench");
  }

  @Test
  void the_jobs_and_the_contract_are_imported() {
    assertTrue(jobs.contain("dk.socialbench.pipeline.Pipeline"), "Pipeline was not imported");
    assertTrue(jobs.contain("dk.socialbench.contract.ResultCatalogue"), "the contract was not");
  }

  @Test
  void the_packages_of_the_jobs_form_no_cycle() {
    slices().matching("dk.socialbench.(*)..").should().beFreeOfCycles().check(jobs);
  }

  @Test
  void the_jobs_never_use_the_server() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dk.socialbench.server..")
        .check(jobs);
  }
}
