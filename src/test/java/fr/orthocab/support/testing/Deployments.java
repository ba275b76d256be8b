package fr.orthocab.support.testing;

import fr.orthocab.support.sla.SlaEventsAt;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one deployment of every in-container test: the WAR that the build produced, as shipped, with
 * the test helpers that run inside the container (WebClient too, for pages over HTTP, and the API's
 * calls written down for the test JVM to check, {@link InContainerApiCalls}), a principal for
 * {@link AsSupervisor}, and every in-container test class of the run, so that one Payara Micro
 * serves them all (see {@link OneDeployment}).
 */
public final class Deployments {
  private static WebArchive built;

  private Deployments() {}

  public static synchronized WebArchive builtWar() {
    if (built == null) {
      built = withInContainerTests(war());
    }
    return built;
  }

  private static WebArchive war() {
    File war = new File(System.getProperty("it.war", "target/support-desk.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(
            Deployments.class,
            OpenedTickets.class,
            AsSupervisor.class,
            SlaEventsAt.class,
            TestCustomers.class,
            Concurrently.class,
            WebClient.class,
            DeskServer.class,
            InContainerApiCalls.class,
            RequestBody.class,
            ApiCallsChecked.class,
            TextColumnsScan.class)
        .addAsWebInfResource("in-container/payara-web.xml", "payara-web.xml")
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
  }

  private static WebArchive withInContainerTests(WebArchive war) {
    List<Class<?>> tests = inContainerTests();
    for (Class<?> test : tests) {
      war.addClass(test); // with its nested classes
    }
    return war;
  }

  /** The test classes that run inside the container: those Arquillian's extension runs. */
  static List<Class<?>> inContainerTests() {
    Path classes = testClasses();
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith("IT.class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> name.replace(File.separatorChar, '.'))
          .map(Deployments::load)
          .filter(Deployments::runsInContainer)
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean runsInContainer(Class<?> test) {
    ExtendWith extensions = test.getAnnotation(ExtendWith.class);
    return extensions != null
        && Arrays.asList(extensions.value()).contains(ArquillianExtension.class);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Deployments.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path testClasses() {
    try {
      return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
