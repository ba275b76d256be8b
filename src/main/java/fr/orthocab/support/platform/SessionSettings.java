package fr.orthocab.support.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session's idle timeout ({@code app.session.idle-minutes}, read here only) and its cookie's
 * {@code Secure} flag, which follows the desk's address: a desk reached over https never lets its
 * session cookie travel in clear. {@code HttpOnly} is in web.xml and {@code SameSite=Lax} in
 * payara-web.xml (Payara ignores web.xml's cookie attributes), neither of which can read a setting.
 * Set while the application starts, before any session exists, which the Servlet API allows a
 * declared listener only.
 */
@WebListener
public class SessionSettings implements ServletContextListener {
  static final String VARIABLE = "APP_SESSION_IDLE_MINUTES";
  static final int DEFAULT_IDLE_MINUTES = 30;
  private static final Logger LOG = Logger.getLogger(SessionSettings.class.getName());

  @Inject
  @ConfigProperty(name = "app.session.idle-minutes")
  Optional<String> idleMinutes;

  @Inject BaseUrl baseUrl;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    context.setSessionTimeout(idleMinutes(idleMinutes));
    context.getSessionCookieConfig().setSecure(baseUrl.https());
  }

  /**
   * The idle timeout in minutes: a whole number above zero, else the default with a warning naming
   * the setting (a session that never expires is not a choice this setting offers).
   */
  static int idleMinutes(Optional<String> setting) {
    if (setting.isEmpty() || setting.get().isBlank()) {
      return DEFAULT_IDLE_MINUTES;
    }
    String value = setting.get().strip();
    try {
      int minutes = Integer.parseInt(value);
      if (minutes > 0) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // said below, with the setting's name
    }
    LOG.warning(
        () ->
            VARIABLE
                + "=\""
                + value
                + "\" is not a whole number of minutes above zero: ignored, sessions end after "
                + DEFAULT_IDLE_MINUTES
                + " idle minutes");
    return DEFAULT_IDLE_MINUTES;
  }
}
