package dk.socialbench.contract;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract is what both the Spark jobs and the Spark-free server build on, so it may use
 * neither Spark (or Scala) nor any package of the jobs or the server.
 */
class ContractRulesTest {
  private static JavaClasses contract;

  @BeforeAll
  static void importContract() {
    contract =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.socialbench.contract");
  }

  @Test
  void the_contract_is_imported() {
    // Guards the rules below against passing on an empty import.
    assertContains("dk.socialbench.contract.ResultCatalogue");
  }

  @Test
  void the_contract_uses_no_spark_or_scala() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(contract);
  }

  @Test
  void the_contract_uses_no_other_socialbench_package() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dk.socialbench..")
                .and(not(resideInAnyPackage("dk.socialbench.contract"))))
        .check(contract);
  }

  @Test
  void only_the_manifest_json_uses_jackson() {
    // Jackson is provided by each user (jobs: Spark's, server: its own); the rest of the contract
    // must load on a classpath without it.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dk.socialbench.contract.ManifestJson")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(contract);
  }

  private static void assertContains(String name) {
    if (!contract.contain(name)) {
      throw new AssertionError(name + " was not imported from the classpath");
    }
  }
}
