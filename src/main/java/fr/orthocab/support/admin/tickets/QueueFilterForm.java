package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueFilter.AssigneeFilter;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * The queue's filters as the page holds them, turned into a {@link QueueFilter}: days are Paris
 * days (received from the start of the first to the end of the last), and the assignee is anyone
 * (empty), {@link #ME}, {@link #NOBODY} or a team member's login.
 */
public class QueueFilterForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value meaning "every status". */
  public static final String ALL = "ALL";

  public static final String ME = "ME";
  public static final String NOBODY = "NOBODY";

  private String status = TicketStatus.OPEN.name();
  private TicketCategory category;
  private String words;
  private String assignee;
  private String packCode;
  private FlagKind flag;
  private LocalDate receivedFrom;
  private LocalDate receivedUntil;
  private SlaAlert sla;

  QueueFilter filter(String myEmail) {
    Set<TicketStatus> statuses =
        status == null || ALL.equals(status) ? Set.of() : Set.of(TicketStatus.valueOf(status));
    AssigneeFilter whose =
        assignee == null || assignee.isBlank()
            ? null
            : NOBODY.equals(assignee)
                ? AssigneeFilter.nobody()
                : AssigneeFilter.agent(ME.equals(assignee) ? myEmail : assignee);
    return new QueueFilter(
        statuses,
        category,
        words,
        null,
        whose,
        packCode == null || packCode.isBlank() ? null : packCode,
        flag,
        startOf(receivedFrom),
        startOf(receivedUntil == null ? null : receivedUntil.plusDays(1)),
        sla);
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ClockProducer.PARIS).toInstant();
  }

  public String getSla() {
    return sla == null ? null : sla.name();
  }

  /** Only known alerts are kept; anything else shows every ticket. */
  public void setSla(String sla) {
    this.sla =
        Arrays.stream(SlaAlert.values()).filter(a -> a.name().equals(sla)).findFirst().orElse(null);
  }

  public String getStatus() {
    return status;
  }

  /** Only known statuses are kept; anything else shows every status. */
  public void setStatus(String status) {
    boolean known =
        status != null
            && Arrays.stream(TicketStatus.values()).anyMatch(s -> s.name().equals(status));
    this.status = known ? status : ALL;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getPackCode() {
    return packCode;
  }

  public void setPackCode(String packCode) {
    this.packCode = packCode;
  }

  public FlagKind getFlag() {
    return flag;
  }

  public void setFlag(FlagKind flag) {
    this.flag = flag;
  }

  public LocalDate getReceivedFrom() {
    return receivedFrom;
  }

  public void setReceivedFrom(LocalDate receivedFrom) {
    this.receivedFrom = receivedFrom;
  }

  public LocalDate getReceivedUntil() {
    return receivedUntil;
  }

  public void setReceivedUntil(LocalDate receivedUntil) {
    this.receivedUntil = receivedUntil;
  }
}
