package fr.orthocab.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The two rules of the house's layout, for the classes under a root package: the desk's own under
 * {@code fr.orthocab.support}, or the fixtures that prove the rules catch what they should.
 */
final class ArchitectureRules {
  /** The packages allowed to use Faces: the pages' backing beans and the Faces plumbing. */
  static final String[] WEB_LAYERS = {"admin", "portal", "web"};

  private static final String[] FACES = {"jakarta.faces..", "org.primefaces..", "org.omnifaces.."};

  private ArchitectureRules() {}

  /**
   * No import cycle between packages. Every package is a slice of its own, sub-packages included
   * ({@code portal} and {@code portal.tickets} are two), so a cycle between a package and its
   * sub-package counts too.
   */
  static SliceRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .namingSlices("$1")
        .as("packages under " + root)
        .should()
        .beFreeOfCycles();
  }

  /**
   * Faces, PrimeFaces and OmniFaces only in the web layers: a capability can then be used (and
   * tested) without a page, and its rules cannot hide in a backing bean's imports.
   */
  static ArchRule facesOnlyInWebLayers(String root) {
    String[] web = new String[WEB_LAYERS.length];
    for (int i = 0; i < web.length; i++) {
      web[i] = root + "." + WEB_LAYERS[i] + "..";
    }
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(web)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FACES)
        .as("only " + String.join(", ", WEB_LAYERS) + " under " + root + " use Faces");
  }
}
