package fr.orthocab.support.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for login throttling and the audit trail. Behind a load balancer
 * the connection comes from the balancer: its {@code X-Forwarded-For} is believed only when the
 * connection comes from an address listed in {@code app.http.trusted-proxies} (none by default),
 * and then the rightmost address that is not itself a trusted proxy is the client, so that a client
 * cannot choose its own address by sending the header.
 */
@ApplicationScoped
public class ClientAddress {
  private static final int MAX_LENGTH = 64;

  @Inject
  @ConfigProperty(name = "app.http.trusted-proxies")
  private Optional<String> trustedProxies;

  private Set<String> trusted;

  public String of(HttpServletRequest request) {
    if (trusted == null) {
      trusted = parse(trustedProxies.orElse(""));
    }
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
  }

  static String of(String remote, String forwardedFor, Set<String> trusted) {
    String client = remote == null ? "unknown" : remote;
    if (forwardedFor != null && trusted.contains(client)) {
      List<String> hops =
          Arrays.stream(forwardedFor.split(","))
              .map(String::strip)
              .filter(h -> !h.isEmpty())
              .toList();
      for (int i = hops.size() - 1; i >= 0; i--) {
        client = hops.get(i);
        if (!trusted.contains(client)) {
          break;
        }
      }
    }
    return client.length() > MAX_LENGTH ? client.substring(0, MAX_LENGTH) : client;
  }

  static Set<String> parse(String setting) {
    return Arrays.stream(setting.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
