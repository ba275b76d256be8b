package fr.orthocab.support.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether the desk runs in demo mode ({@code app.demo}, read here only) and what the demo adds. */
@ApplicationScoped
public class DemoSettings {
  @Inject
  @ConfigProperty(name = "app.demo", defaultValue = "false")
  boolean demo;

  /** {@code ./run} asks for the embedded mail server when no mail server of one's own is set. */
  @Inject
  @ConfigProperty(name = "app.mail.demo-server", defaultValue = "false")
  boolean mailServer;

  public boolean demo() {
    return demo;
  }

  /** The embedded mail server runs in demo mode only, and only when asked for. */
  boolean mailServer() {
    return demo && mailServer;
  }
}
