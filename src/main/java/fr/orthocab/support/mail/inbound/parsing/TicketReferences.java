package fr.orthocab.support.mail.inbound.parsing;

import fr.orthocab.support.ticket.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ticket references ("OC-1042") named in a subject, and Message-IDs named in In-Reply-To and
 * References headers, in the order they appear. A reference glued to other letters or digits
 * ("XOC-12", "OC-12A") is not one.
 */
public final class TicketReferences {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<![A-Za-z0-9])"
              + Pattern.quote(Ticket.REFERENCE_PREFIX)
              + "([1-9][0-9]{0,17})(?![A-Za-z0-9])");
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,490}>");

  private TicketReferences() {}

  /** The references in a subject, each once. */
  public static List<String> inSubject(String subject) {
    Set<String> found = new LinkedHashSet<>();
    if (subject != null) {
      Matcher m = REFERENCE.matcher(subject);
      while (m.find()) {
        found.add(Ticket.REFERENCE_PREFIX + m.group(1));
      }
    }
    return new ArrayList<>(found);
  }

  /** The Message-IDs, angle brackets included, of In-Reply-To and References headers. */
  static List<String> messageIds(String... headers) {
    Set<String> found = new LinkedHashSet<>();
    for (String header : headers) {
      if (header != null) {
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) {
          found.add(m.group());
        }
      }
    }
    return new ArrayList<>(found);
  }
}
