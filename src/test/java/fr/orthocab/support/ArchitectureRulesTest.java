package fr.orthocab.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules fail on what they forbid: run on the fixtures of {@code archfixture},
 * classes that break them on purpose, they report each cycle and each Faces import, and nothing
 * else.
 */
class ArchitectureRulesTest {
  private static final String CYCLES = "fr.orthocab.support.archfixture.cycle";
  private static final String FACES = "fr.orthocab.support.archfixture.faces";

  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages("fr.orthocab.support.archfixture");
  }

  @Test
  void cycleBetweenTwoPackagesFails() {
    EvaluationResult result = ArchitectureRules.noPackageCycles(CYCLES).evaluate(fixtures);

    assertTrue(result.hasViolation());
    assertReports(result, "Cycle detected: alpha ->", "Dependencies of beta");
  }

  @Test
  void cycleBetweenAPackageAndItsSubPackageFails() {
    EvaluationResult result = ArchitectureRules.noPackageCycles(CYCLES).evaluate(fixtures);

    assertReports(result, "Cycle detected: parent ->", "Dependencies of parent.child");
  }

  @Test
  void packagesWithoutCyclePass() {
    assertFalse(ArchitectureRules.noPackageCycles(FACES).evaluate(fixtures).hasViolation());
  }

  @Test
  void facesPrimeFacesAndOmniFacesOutsideTheWebLayersFail() {
    EvaluationResult result = ArchitectureRules.facesOnlyInWebLayers(FACES).evaluate(fixtures);

    assertTrue(result.hasViolation());
    assertReports(result, "FacesInCapability", "PrimeFacesInCapability", "OmniFacesInCapability");
    assertFalse(report(result).contains("FacesInWeb"), report(result));
  }

  @Test
  void classesWithoutFacesPass() {
    assertFalse(ArchitectureRules.facesOnlyInWebLayers(CYCLES).evaluate(fixtures).hasViolation());
  }

  private static void assertReports(EvaluationResult result, String... parts) {
    String report = report(result);
    for (String part : parts) {
      assertTrue(report.contains(part), () -> "no \"" + part + "\" in:\n" + report);
    }
  }

  private static String report(EvaluationResult result) {
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Test
  void aCallbackThatSharesItsNameWithAnotherMethodFails() {
    EvaluationResult result =
        ArchitectureRules.callbacksHaveTheirOwnName("fr.orthocab.support.archfixture.callbacks")
            .evaluate(fixtures);

    assertTrue(result.hasViolation());
    assertReports(result, "OverloadedCallback.start()");
    assertFalse(report(result).contains("NamedCallback"), report(result));
  }
}
