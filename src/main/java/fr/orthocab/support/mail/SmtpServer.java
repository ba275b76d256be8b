package fr.orthocab.support.mail;

import java.util.Locale;
import java.util.Properties;

/**
 * Where the desk hands its mail over: host, port, transport security ({@code none}, {@code
 * starttls} or {@code tls}) and the login, when the server wants one.
 */
public record SmtpServer(String host, int port, String security, String user, String password) {
  private static final String TIMEOUT_MILLIS = "20000";

  public SmtpServer {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("An SMTP server needs a host");
    }
    security = security == null ? "none" : security.strip().toLowerCase(Locale.ROOT);
    if (!security.equals("none") && !security.equals("starttls") && !security.equals("tls")) {
      throw new IllegalArgumentException(
          "app.mail.smtp.security is none, starttls or tls, not " + security);
    }
    user = user == null || user.isBlank() ? null : user;
  }

  /** An unauthenticated server without transport security (a relay on loopback, tests). */
  public static SmtpServer plain(String host, int port) {
    return new SmtpServer(host, port, "none", null, null);
  }

  boolean authenticated() {
    return user != null;
  }

  /**
   * The Jakarta Mail session properties: a slow server fails an attempt, never blocks the sweep.
   */
  Properties properties() {
    Properties p = new Properties();
    String protocol = security.equals("tls") ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    p.put("mail.transport.protocol", protocol);
    p.put(prefix + "host", host);
    p.put(prefix + "port", String.valueOf(port));
    p.put(prefix + "auth", String.valueOf(authenticated()));
    p.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    p.put(prefix + "timeout", TIMEOUT_MILLIS);
    p.put(prefix + "writetimeout", TIMEOUT_MILLIS);
    if (security.equals("starttls")) {
      p.put(prefix + "starttls.enable", "true");
      p.put(prefix + "starttls.required", "true");
    }
    if (!security.equals("none")) {
      p.put(prefix + "ssl.checkserveridentity", "true");
    }
    return p;
  }

  String protocol() {
    return security.equals("tls") ? "smtps" : "smtp";
  }

  @Override
  public String toString() {
    // never the password in a log line
    return "SmtpServer[" + host + ":" + port + ", " + security + ", user " + user + "]";
  }
}
