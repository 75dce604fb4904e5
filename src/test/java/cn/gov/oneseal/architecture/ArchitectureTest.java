package cn.gov.oneseal.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages run one way (src/docs/development.md, "Packages"): the foundation — the process vocabulary, the item
 * catalogue, the calendar, the security primitives, forms, case files, the API's errors and the bureaus — imports no
 * feature, and no two packages import each other, however far round. A lower package tells a higher one something
 * through Spring (an application event, or an interface the feature implements and the foundation receives as a
 * list), never by importing it. Every package says in its {@code package-info.java} what it owns.
 */
class ArchitectureTest {

  static final String ROOT = "cn.gov.oneseal";
  /** The foundation, bottom first (each may import those before it; a feature may import any of them). */
  static final List<String> FOUNDATION = List.of("process", "catalogue", "security", "calendar", "form", "casefile",
      "api", "bureau", "seal", "outbox");

  /** Every package imports only the foundation and non-project classes when it is in the foundation. */
  static ArchRule foundationImportsNoFeature(String root) {
    String[] foundation = FOUNDATION.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
    return classes().that().resideInAnyPackage(foundation).should().onlyDependOnClassesThat(
        resideOutsideOfPackage(root + "..").or(resideInAnyPackage(foundation)))
        .as("the foundation (" + String.join(", ", FOUNDATION) + ") imports no feature");
  }

  /** No cycle between the top-level packages. */
  static ArchRule noCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles().as("no cycle between packages");
  }

  private static JavaClasses main() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void theFoundationImportsNoFeature() {
    foundationImportsNoFeature(ROOT).check(main());
  }

  @Test
  void noPackagesImportEachOther() {
    noCycles(ROOT).check(main());
  }

  @Test
  void theRulesCatchAnUpwardImportAndACycle() {
    String root = ROOT + ".architecture.fixture";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    assertThatThrownBy(() -> foundationImportsNoFeature(root).check(fixture)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Upward").hasMessageContaining("fixture.intake.Feature");
    assertThatThrownBy(() -> noCycles(root).check(fixture)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void everyPackageSaysWhatItOwns() throws IOException {
    Path sources = Path.of("src/main/java", ROOT.replace('.', '/'));
    try (Stream<Path> packages = Files.list(sources)) {
      List<String> without = packages.filter(Files::isDirectory)
          .filter(p -> !Files.exists(p.resolve("package-info.java")))
          .map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(without).as("packages without a package-info.java").isEmpty();
    }
    // and the foundation's list names packages that exist
    assertThat(Arrays.stream(sources.toFile().list()).toList()).containsAll(FOUNDATION);
  }
}
