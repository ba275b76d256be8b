package fr.orthocab.support.admin.audit;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditFilter;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.ticket.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the supervisor typed in the audit page's filters, as the page's query parameters: who (part
 * of a name or email), what (an action), the days of Paris from and to (both included), a ticket's
 * reference and a customer (email or number).
 */
public class AuditListFilter {
  private String who;
  private String what;
  private String since;
  private String until;
  private String ticket;
  private String customer;

  /**
   * The filter of the trail these parameters ask for.
   *
   * @param customerByEmail the id of the customer with that login email, if any
   * @throws IllegalArgumentException whose message is the key of what is wrong
   */
  AuditFilter toFilter(Function<String, Optional<Long>> customerByEmail) {
    Instant from = day(since, 0);
    Instant to = day(until, 1);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("admin_audit_list.badPeriod");
    }
    return new AuditFilter(
        from, to, null, blankToNull(who), action(), ticketId(), customerId(customerByEmail));
  }

  private static Instant day(String text, int daysAfter) {
    if (blankToNull(text) == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip())
          .plusDays(daysAfter)
          .atStartOfDay(ClockProducer.PARIS)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("admin_audit_list.badDate", e);
    }
  }

  private AuditAction action() {
    if (blankToNull(what) == null) {
      return null;
    }
    try {
      return AuditAction.valueOf(what.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("admin_audit_list.badAction", e);
    }
  }

  /** "OC-12", "oc-12" or "12": a reference is the prefix and the ticket's id. */
  private Long ticketId() {
    String text = blankToNull(ticket);
    if (text == null) {
      return null;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    String digits =
        upper.startsWith(Ticket.REFERENCE_PREFIX)
            ? upper.substring(Ticket.REFERENCE_PREFIX.length())
            : upper;
    return number(digits, "admin_audit_list.badTicket");
  }

  private Long customerId(Function<String, Optional<Long>> customerByEmail) {
    String text = blankToNull(customer);
    if (text == null) {
      return null;
    }
    if (text.contains("@")) {
      return customerByEmail
          .apply(text)
          .orElseThrow(() -> new IllegalArgumentException("admin_audit_list.unknownCustomer"));
    }
    return number(text, "admin_audit_list.badCustomer");
  }

  private static Long number(String text, String problem) {
    try {
      long id = Long.parseLong(text);
      if (id <= 0) {
        throw new IllegalArgumentException(problem);
      }
      return id;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(problem, e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public String getSince() {
    return since;
  }

  public void setSince(String since) {
    this.since = since;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getTicket() {
    return ticket;
  }

  public void setTicket(String ticket) {
    this.ticket = ticket;
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }
}
