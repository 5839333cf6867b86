package dk.socialbench.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server reads published Parquet with parquet-java and never runs Spark: it may use the
 * contract, but neither Spark, Scala nor any package of the jobs; and its packages form no cycle.
 */
class ServerRulesTest {
  private static JavaClasses server;

  @BeforeAll
  static void importServer() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.socialbench.server");
  }

  @Test
  void the_server_is_imported() {
    assertTrue(server.contain(ReportServer.class), "ReportServer was not imported");
  }

  @Test
  void the_server_uses_no_spark_or_scala() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(server);
  }

  @Test
  void the_server_uses_only_its_own_packages_and_the_contract() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dk.socialbench..")
                .and(not(resideInAnyPackage("dk.socialbench.server..", "dk.socialbench.contract"))))
        .check(server);
  }

  @Test
  void the_server_packages_form_no_cycle() {
    slices().matching("dk.socialbench.server.(*)..").should().beFreeOfCycles().check(server);
  }
}
