package fr.orthocab.support.customer;

import java.util.regex.Pattern;

/**
 * What the desk takes as an email address at its edges (API, webhook): a plain ASCII address of at
 * most 254 characters, a dot-atom local part of at most 64 and a domain of letters, digits and
 * hyphens with at least one dot. Every such address passes the {@code @Email @Size(max = 254)}
 * checks of {@link Customer}: an address the edge takes is never refused by the entity afterwards
 * (billing got a 503 "retry later" for {@code a..b@example.fr}, and retried it for ever).
 */
public final class EmailAddress {
  public static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_PART = 64;
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern ADDRESS =
      Pattern.compile("(" + ATOM + "(?:\\." + ATOM + ")*)@" + LABEL + "(?:\\." + LABEL + ")+");

  private EmailAddress() {}

  public static boolean isValid(String email) {
    if (email == null || email.length() > MAX_LENGTH) {
      return false;
    }
    var matcher = ADDRESS.matcher(email);
    return matcher.matches() && matcher.group(1).length() <= MAX_LOCAL_PART;
  }
}
