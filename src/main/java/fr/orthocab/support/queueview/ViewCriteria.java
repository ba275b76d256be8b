package fr.orthocab.support.queueview;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueFilter.AssigneeFilter;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketCategory;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A combination of the queue's filters as an agent chooses them, before it is read for someone: the
 * status choice ({@link StatusChoice}), the assignee as anyone (null), {@link #ME} (whoever opens
 * the view), {@link #NOBODY} or a team member's login, and days received as Paris days (from the
 * start of the first to the end of the last). Built strictly: a part it does not know is refused,
 * never guessed, whether it comes from a page, an address or a stored view.
 */
public record ViewCriteria(
    String status,
    TicketCategory category,
    String words,
    String assignee,
    String packCode,
    FlagKind flag,
    SlaAlert sla,
    LocalDate receivedFrom,
    LocalDate receivedUntil)
    implements Serializable {
  public static final String ME = "ME";
  public static final String NOBODY = "NOBODY";
  public static final int MAX_WORDS = 200;

  private static final Pattern LOGIN = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,189}");
  private static final Pattern PACK = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  public ViewCriteria {
    status = status == null ? StatusChoice.ALL.name() : status;
    if (!StatusChoice.isKnown(status)) {
      throw new IllegalArgumentException("Unknown status choice: " + status);
    }
    words = blankToNull(words);
    if (words != null && words.length() > MAX_WORDS) {
      throw new IllegalArgumentException("Words longer than " + MAX_WORDS);
    }
    assignee = blankToNull(assignee);
    if (assignee != null
        && !ME.equals(assignee)
        && !NOBODY.equals(assignee)
        && !LOGIN.matcher(assignee).matches()) {
      throw new IllegalArgumentException("Unknown assignee: " + assignee);
    }
    packCode = blankToNull(packCode);
    if (packCode != null && !PACK.matcher(packCode).matches()) {
      throw new IllegalArgumentException("Unknown pack: " + packCode);
    }
  }

  public static ViewCriteria ofStatus(String status) {
    return new ViewCriteria(status, null, null, null, null, null, null, null, null);
  }

  public ViewCriteria withAssignee(String whose) {
    return new ViewCriteria(
        status, category, words, whose, packCode, flag, sla, receivedFrom, receivedUntil);
  }

  public ViewCriteria withFlag(FlagKind kind) {
    return new ViewCriteria(
        status, category, words, assignee, packCode, kind, sla, receivedFrom, receivedUntil);
  }

  public ViewCriteria withSla(SlaAlert alert) {
    return new ViewCriteria(
        status, category, words, assignee, packCode, flag, alert, receivedFrom, receivedUntil);
  }

  /** The tickets this combination finds for the agent with that login. */
  public QueueFilter filter(String myEmail) {
    AssigneeFilter whose =
        assignee == null
            ? null
            : NOBODY.equals(assignee)
                ? AssigneeFilter.nobody()
                : AssigneeFilter.agent(ME.equals(assignee) ? myEmail : assignee);
    return new QueueFilter(
        StatusChoice.statuses(status).orElseThrow(),
        category,
        words,
        null,
        whose,
        packCode,
        flag,
        startOf(receivedFrom),
        startOf(receivedUntil == null ? null : receivedUntil.plusDays(1)),
        sla);
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ClockProducer.PARIS).toInstant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
