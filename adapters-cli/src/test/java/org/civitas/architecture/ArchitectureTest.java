package org.civitas.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The layering of SPEC §2, checked on every build: this module sees every other one, so the rules
 * run over the whole library's main classes.
 */
@AnalyzeClasses(packages = "org.civitas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Where the command line wires the other adapters together: the one exception. */
  private static final String COMPOSITION_ROOT = "org.civitas.adapter.cli.composition..";

  /**
   * What the core may use: the JDK, Guava, and annotations. Error Prone's come with Guava, and
   * Immutables puts them on the builders it generates ({@code @CanIgnoreReturnValue}).
   */
  private static final String[] CORE_LIBRARIES = {
    "java..",
    "com.google.common..",
    "com.google.errorprone.annotations..",
    "org.immutables..",
    "org.jspecify.."
  };

  @ArchTest
  static final ArchRule the_domain_needs_only_the_jdk_guava_and_annotations =
      noClasses()
          .that()
          .resideInAPackage("org.civitas.domain..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(packages("org.civitas.domain.."));

  @ArchTest
  static final ArchRule the_application_needs_only_the_domain =
      noClasses()
          .that()
          .resideInAPackage("org.civitas.application..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(packages("org.civitas.application..", "org.civitas.domain.."));

  @ArchTest
  static final ArchRule adapters_never_see_each_other_outside_the_composition_root =
      slices()
          .matching("org.civitas.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              resideInAPackage(COMPOSITION_ROOT), resideInAPackage("org.civitas.adapter.."))
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule no_package_cycles =
      slices().matching("org.civitas.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onion =
      onionArchitecture()
          .domainModels("org.civitas.domain..")
          .applicationServices("org.civitas.application..")
          .adapter("cli", "org.civitas.adapter.cli..")
          .adapter("rest", "org.civitas.adapter.rest..")
          .adapter("persistence", "org.civitas.adapter.persistence..")
          .withOptionalLayers(true)
          .ignoreDependency(
              resideInAPackage(COMPOSITION_ROOT), resideInAPackage("org.civitas.adapter.."));

  private static String[] packages(String... own) {
    return Stream.concat(Arrays.stream(own), Arrays.stream(CORE_LIBRARIES)).toArray(String[]::new);
  }
}
