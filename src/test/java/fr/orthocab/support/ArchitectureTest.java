package fr.orthocab.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desk's compiled classes (tests left out) follow the layout of the house: packages by
 * capability with no import cycle between them, Faces only in the web layers, container callbacks
 * that the container cannot mistake for another method.
 */
class ArchitectureTest {
  private static final String ROOT = "fr.orthocab.support";

  private static JavaClasses desk;

  @BeforeAll
  static void importDesk() {
    desk =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);
  }

  @Test
  void noImportCycleBetweenPackages() {
    ArchitectureRules.noPackageCycles(ROOT).check(desk);
  }

  @Test
  void onlyTheWebLayersUseFaces() {
    ArchitectureRules.facesOnlyInWebLayers(ROOT).check(desk);
  }

  @Test
  void containerCallbacksHaveTheirOwnName() {
    ArchitectureRules.callbacksHaveTheirOwnName(ROOT).check(desk);
  }
}
