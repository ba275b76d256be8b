package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.queueview.StatusChoice;
import fr.orthocab.support.queueview.ViewCriteria;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.SlaAlert;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The queue's filters as the page holds them: a {@link ViewCriteria} taken apart for the page's
 * fields (a view shown fills them; a change of one makes another combination).
 */
public class QueueFilterForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value meaning "every status". */
  public static final String ALL = StatusChoice.ALL.name();

  public static final String ME = ViewCriteria.ME;
  public static final String NOBODY = ViewCriteria.NOBODY;

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
    return criteria().filter(myEmail);
  }

  /** The combination on show. */
  public ViewCriteria criteria() {
    return new ViewCriteria(
        status, category, words, assignee, packCode, flag, sla, receivedFrom, receivedUntil);
  }

  /** Shows a view: every field takes the view's value, empty where it has none. */
  void show(ViewCriteria view) {
    status = view.status();
    category = view.category();
    words = view.words();
    assignee = view.assignee();
    packCode = view.packCode();
    flag = view.flag();
    sla = view.sla();
    receivedFrom = view.receivedFrom();
    receivedUntil = view.receivedUntil();
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

  /** Only known statuses and groups of them are kept; anything else shows every status. */
  public void setStatus(String status) {
    this.status = StatusChoice.isKnown(status) ? status : ALL;
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
