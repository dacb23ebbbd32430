package org.mentorbot.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core's shape, checked on every build (the Maven enforcer guards the dependency list). */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.mentorbot.core");

  @Test
  void coreNeverSeesAPlatformLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.dv8tion..", "com.slack.api..")
        .check(CORE);
  }

  @Test
  void coreReadsNoFilesOrEnvironment() {
    noClasses()
        .should()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .callMethod(System.class, "getenv")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .check(CORE);
  }

  @Test
  void coreDoesNotDependOnTheAppOrAdapters() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mentorbot.app..",
            "org.mentorbot.discord..",
            "org.mentorbot.slack..",
            "org.mentorbot.config..")
        .check(CORE);
  }

  @Test
  void featureSlicesAreFreeOfCycles() {
    slices().matching("org.mentorbot.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void storageEngineDetailsStayInStorage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.mentorbot.core.storage..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sqlite..", "org.flywaydb..")
        .check(CORE);
  }
}
