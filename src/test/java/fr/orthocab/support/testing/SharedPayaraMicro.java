package fr.orthocab.support.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's Payara Micro container, deployed once for the whole run: the first deployment starts
 * Payara Micro; the next ones, which must be the same archive, get the running one; undeploying
 * after a class keeps it; the container stops it when the run ends (and the adapter's shutdown hook
 * does, should the test JVM end first). When the run uses PostgreSQL it gets a database of its own
 * beside the run's, as it has its own H2 file otherwise: it starts outside demo mode, and a start
 * outside demo mode refuses the demo data the shared desk loads into the run's database.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {
  private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

  private Archive<?> archive;
  private ProtocolMetaData running;
  private int classes;
  private OwnDatabase database;

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    if (System.getenv("APP_DATASOURCE_URL") != null) {
      database = OwnDatabase.empty("arquillian");
      configuration.setCmdOptions(
          configuration.getCmdOptions() + " -Dapp.datasource.url=" + database.url());
    }
    super.setup(configuration);
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> next) throws DeploymentException {
    if (running == null) {
      running = super.deploy(next);
      archive = next;
    } else if (!archive.getName().equals(next.getName())) {
      throw new DeploymentException(
          "All in-container tests share one deployment ("
              + archive.getName()
              + "): use Deployments.builtWar(), not "
              + next.getName());
    }
    classes++;
    return running;
  }

  @Override
  public void undeploy(Archive<?> ignored) {
    // kept for the next test class
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (running != null) {
      LOG.info(() -> "Payara Micro served " + classes + " in-container test classes; stopping it");
      try {
        super.undeploy(archive);
      } catch (DeploymentException e) {
        throw new LifecycleException("Cannot stop Payara Micro", e);
      }
      running = null;
    }
    super.stop();
    if (database != null) {
      database.drop();
      database = null;
    }
  }
}
