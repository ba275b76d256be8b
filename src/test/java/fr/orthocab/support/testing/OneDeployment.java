package fr.orthocab.support.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Makes every in-container test class of a run share one Payara Micro: Payara's Arquillian adapter
 * starts a Payara Micro for each deployment and stops it after each class, about 20 s a class;
 * {@link SharedPayaraMicro} deploys the first class's archive, which holds every in-container test
 * class (see {@link Deployments#builtWar()}), and hands it to the classes that follow. Registered
 * in {@code META-INF/services} of the test classpath, so it changes nothing in the shipped WAR.
 */
public class OneDeployment implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
  }
}
