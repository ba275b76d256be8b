package fr.orthocab.support.admin;

import fr.orthocab.support.customer.EmailAddress;
import fr.orthocab.support.ticket.Ticket;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agent typed in the header's search box, read as the kind of thing it names: a request's
 * reference ({@code OC-1042}, {@code oc1042} or {@code 1042}), a login email, or words (a name, or
 * words of a request).
 */
record SearchBox(String typed) {
  private static final Pattern REFERENCE =
      Pattern.compile("(?:" + Ticket.REFERENCE_PREFIX.replace("-", "") + "-?)?([1-9][0-9]{0,17})");

  SearchBox {
    typed = typed == null ? "" : typed.strip();
  }

  boolean blank() {
    return typed.isEmpty();
  }

  /** The ticket id a reference names; nothing for any other text. */
  OptionalLong ticketId() {
    Matcher matcher = REFERENCE.matcher(typed.toUpperCase(Locale.ROOT));
    return matcher.matches()
        ? OptionalLong.of(Long.parseLong(matcher.group(1)))
        : OptionalLong.empty();
  }

  /** Whether it is a whole email address (the customer's login or a sender's address). */
  boolean email() {
    return EmailAddress.isValid(typed);
  }
}
