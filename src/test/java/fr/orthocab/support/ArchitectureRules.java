package fr.orthocab.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * The rules of the house's layout, for the classes under a root package: the desk's own under
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

  /** The container's callbacks, which it finds by their name on the class. */
  private static final String[] CALLBACKS = {
    "jakarta.annotation.PostConstruct",
    "jakarta.annotation.PreDestroy",
    "jakarta.ejb.Timeout",
    "jakarta.ejb.Schedule",
    "jakarta.ejb.Schedules"
  };

  /**
   * A container callback ({@code @PostConstruct}, {@code @PreDestroy}, timers) has a name no other
   * method of its class has: Payara may look the callback up by name and call the other one, which
   * fails the deployment ("wrong number of arguments"), depending on the order of the class's
   * methods.
   */
  static ArchRule callbacksHaveTheirOwnName(String root) {
    return methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + "..")
        .and(annotatedWithAnyOf(CALLBACKS))
        .should(haveANameNoOtherMethodOfTheirClassHas())
        .allowEmptyShould(true)
        .as("container callbacks under " + root + " have a name of their own");
  }

  private static DescribedPredicate<JavaMethod> annotatedWithAnyOf(String... annotations) {
    return DescribedPredicate.describe(
        "are annotated with a container callback",
        method -> {
          for (String annotation : annotations) {
            if (method.isAnnotatedWith(annotation)) {
              return true;
            }
          }
          return false;
        });
  }

  private static ArchCondition<JavaMethod> haveANameNoOtherMethodOfTheirClassHas() {
    return new ArchCondition<>("have a name no other method of their class has") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        long sameName =
            method.getOwner().getMethods().stream()
                .filter(other -> other.getName().equals(method.getName()))
                .count();
        if (sameName > 1) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName()
                      + " is a container callback and "
                      + (sameName - 1)
                      + " other method(s) of its class share its name"));
        }
      }
    };
  }
}
