package fr.orthocab.support.testing;

import fr.orthocab.support.sla.SlaEventsAt;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every in-container test: the WAR that the build produced, as shipped, with
 * the test helpers that run inside the container (WebClient too, for pages over HTTP), and a
 * principal for {@link AsSupervisor}.
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive builtWar() {
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
            DeskServer.class)
        .addAsWebInfResource("in-container/payara-web.xml", "payara-web.xml")
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
  }
}
