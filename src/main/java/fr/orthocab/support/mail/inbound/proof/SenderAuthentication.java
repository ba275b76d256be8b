package fr.orthocab.support.mail.inbound.proof;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the desk's own receiving server vouches for the sender's domain. Only the topmost {@code
 * Authentication-Results} field carrying that server's authserv-id is read: the server writes above
 * whatever came with the mail, so a field a sender wrote with the same name sits below it (RFC
 * 8601, section 5). The domain of {@code From:} is proven by {@code dmarc=pass} for that very
 * domain, or by SPF and DKIM both passing for it or a parent of it (aligned). No trusted server
 * set: nothing is ever proven this way.
 */
public final class SenderAuthentication {
  private SenderAuthentication() {}

  public static boolean proves(HeaderFields headers, String fromAddress, String trustedAuthservId) {
    if (trustedAuthservId == null || trustedAuthservId.isBlank() || fromAddress == null) {
      return false;
    }
    String fromDomain = domainOf(fromAddress);
    if (fromDomain == null) {
      return false;
    }
    return topmostOf(headers, trustedAuthservId.strip())
        .map(results -> proves(results.results(), fromDomain))
        .orElse(false);
  }

  private static Optional<AuthenticationResults> topmostOf(HeaderFields headers, String trusted) {
    for (String value : headers.values("Authentication-Results")) {
      Optional<AuthenticationResults> parsed = AuthenticationResults.parse(value);
      if (parsed.isPresent() && parsed.get().authservId().equalsIgnoreCase(trusted)) {
        return parsed;
      }
    }
    return Optional.empty();
  }

  private static boolean proves(List<AuthenticationResults.Result> results, String fromDomain) {
    boolean dmarc =
        results.stream()
            .anyMatch(
                r ->
                    r.method().equals("dmarc")
                        && r.result().equals("pass")
                        && fromDomain.equals(domainOf(r.property("header.from"))));
    boolean spf =
        results.stream()
            .anyMatch(
                r ->
                    r.method().equals("spf")
                        && r.result().equals("pass")
                        && aligned(domainOf(r.property("smtp.mailfrom")), fromDomain));
    boolean dkim =
        results.stream()
            .anyMatch(
                r ->
                    r.method().equals("dkim")
                        && r.result().equals("pass")
                        && aligned(
                            domainOf(
                                r.property("header.d") != null
                                    ? r.property("header.d")
                                    : r.property("header.i")),
                            fromDomain));
    return dmarc || (spf && dkim);
  }

  /** The domain itself, or a parent of it that is more than a top-level domain. */
  private static boolean aligned(String authenticated, String fromDomain) {
    return authenticated != null
        && (authenticated.equals(fromDomain)
            || (authenticated.indexOf('.') > 0 && fromDomain.endsWith("." + authenticated)));
  }

  /** The lower-cased domain of an address or of a bare domain; null when there is none. */
  static String domainOf(String addressOrDomain) {
    if (addressOrDomain == null) {
      return null;
    }
    String domain = addressOrDomain.substring(addressOrDomain.lastIndexOf('@') + 1).strip();
    if (domain.endsWith(">")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    return domain.isEmpty() || domain.startsWith(".") ? null : domain.toLowerCase(Locale.ROOT);
  }
}
