package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.orthocab.support.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The idle timeout is the setting's (the in-container deployment sets 45 minutes, pom.xml): a
 * session the container makes now ends after that long idle. The deployment's address is http: its
 * cookie is not Secure.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSettingsIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private ServletContext context;
  @Inject private HttpServletRequest request;

  @Test
  void aNewSessionEndsAfterTheConfiguredIdleMinutes() {
    assertEquals(45, context.getSessionTimeout());
    HttpSession session = request.getSession(true);
    try {
      assertEquals(45 * 60, session.getMaxInactiveInterval());
    } finally {
      session.invalidate();
    }
    assertFalse(context.getSessionCookieConfig().isSecure());
  }
}
