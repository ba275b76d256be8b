package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {
  @Test
  void sessionsEndAfterHalfAnHourIdleUnlessTheSettingSaysOtherwise() {
    assertEquals(30, SessionSettings.idleMinutes(Optional.empty()));
    assertEquals(30, SessionSettings.idleMinutes(Optional.of(" ")));
    assertEquals(15, SessionSettings.idleMinutes(Optional.of(" 15 ")));
  }

  @Test
  void aValueThatIsNoWholeNumberOfMinutesAboveZeroIsIgnored() {
    for (String invalid : new String[] {"0", "-1", "-1.5", "half an hour", "99999999999"}) {
      assertEquals(30, SessionSettings.idleMinutes(Optional.of(invalid)), invalid);
    }
  }

  @Test
  void theCookieIsSecureWhenTheDeskIsReachedOverHttps() {
    Map<String, Object> set = configure("https://support.orthocab.fr", "20");

    assertEquals(20, set.get("setSessionTimeout"));
    assertEquals(true, set.get("setSecure"));
  }

  @Test
  void theCookieIsNotSecureOnAPlainHttpDesk() {
    Map<String, Object> set = configure("http://localhost:8080", null);

    assertEquals(30, set.get("setSessionTimeout"));
    assertEquals(false, set.get("setSecure"));
    assertFalse(set.containsKey("setHttpOnly"), "HttpOnly and SameSite stay web.xml's");
  }

  /** Runs the listener on a servlet context that records what it was told. */
  private static Map<String, Object> configure(String baseUrl, String idleMinutes) {
    Map<String, Object> set = new HashMap<>();
    SessionCookieConfig cookie =
        (SessionCookieConfig)
            Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> set.put(method.getName(), args[0]));
    ServletContext context =
        (ServletContext)
            Proxy.newProxyInstance(
                ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getSessionCookieConfig")) {
                    return cookie;
                  }
                  assertTrue(method.getName().equals("setSessionTimeout"), method.getName());
                  set.put(method.getName(), args[0]);
                  return null;
                });
    SessionSettings listener = new SessionSettings();
    listener.baseUrl = new BaseUrl(Optional.of(baseUrl));
    listener.idleMinutes = Optional.ofNullable(idleMinutes);
    listener.contextInitialized(new ServletContextEvent(context));
    return set;
  }
}
