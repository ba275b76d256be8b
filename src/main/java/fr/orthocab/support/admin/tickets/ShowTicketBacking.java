package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.attachment.FilesRefused;
import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.notification.Notifications;
import fr.orthocab.support.policy.Decision;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.reads.ReadKind;
import fr.orthocab.support.reads.StaffReads;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A ticket's page for agents. Every action carries the version the agent is looking at: when
 * someone changed the ticket since, the agent is told, the page shows the latest state, and what
 * the agent typed is kept.
 */
@Named("adminTicket")
@ViewScoped
public class ShowTicketBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private StaffReads reads;
  @Inject private Actors actors;
  @Inject private Tickets tickets;

  @Inject private TicketReads ticketReads;

  @Inject private TicketThreads ticketThreads;
  @Inject private CurrentAccount me;
  @Inject private Intake intake;
  @Inject private Decisions decisions;
  @Inject private Notifications notifications;
  @Inject private TicketAnswerBacking cannedAnswer;
  @Inject private ReplyFilesBacking replyFiles;
  @Inject private MessageFiles messageFiles;

  private String id;
  private Ticket ticket;
  private List<Message> thread;
  private Map<Long, List<MessageFile>> threadFiles;
  private List<Decision> decisionsOfTicket;
  private String reply;
  private String note;
  private boolean failed;
  private boolean noteChosen;

  public void load() {
    OptionalLong ticketId = Pages.id(id);
    ticket = ticketId.isPresent() ? ticketReads.find(ticketId.getAsLong()).orElse(null) : null;
    if (ticket == null) {
      Pages.notFound();
      return;
    }
    refresh(ticket.getId());
    notifications.readTicket(me.required().getId(), ticket.getId());
    Long customerId = ticket.getCustomer() == null ? null : ticket.getCustomer().getId();
    reads.record(
        actors.of(me.required()), ReadKind.TICKET, ticket.getId(), ticket.getId(), customerId);
  }

  /** Shows the ticket as it is now, after an action of another bean of the page. */
  void reload() {
    refresh(ticket.getId());
  }

  private void refresh(long ticketId) {
    ticket = ticketReads.find(ticketId).orElseThrow();
    thread = ticketThreads.fullThread(ticketId);
    threadFiles = messageFiles.of(thread.stream().map(Message::getId).toList());
    decisionsOfTicket = decisions.ofTicket(ticketId);
  }

  public void sendReply() {
    noteChosen = false;
    List<Upload> uploads = replyFiles.uploads();
    act(
        t -> messageFiles.reply(t.getId(), t.getVersion(), me.required().getId(), reply, uploads),
        "replied");
    reply = clearedUnlessFailed(reply);
    if (!failed) {
      cannedAnswer.replied(ticket);
      refresh(ticket.getId());
    }
  }

  public void addNote() {
    noteChosen = true;
    act(t -> tickets.note(t.getId(), t.getVersion(), me.required().getId(), note), "noted");
    note = clearedUnlessFailed(note);
  }

  public void changeStatus(TicketStatus target) {
    act(t -> tickets.changeStatus(t.getId(), t.getVersion(), target), "statusChanged");
  }

  public void release() {
    act(t -> intake.releaseByAgent(t.getId(), t.getVersion(), me.required()), "released");
  }

  public List<Decision> getDecisions() {
    return decisionsOfTicket;
  }

  public void assignToMe() {
    act(t -> tickets.assign(t.getId(), t.getVersion(), me.required().getId()), "assigned");
  }

  private void act(Consumer<Ticket> action, String doneKey) {
    failed = true;
    try {
      action.accept(ticket);
      failed = false;
      Pages.info("admin_tickets_show." + doneKey);
    } catch (TicketChangedMeanwhile e) {
      Pages.error("admin_tickets_show.changedMeanwhile", ticket.getReference());
    } catch (IllegalTransition e) {
      Pages.error("admin_tickets_show.illegalTransition");
    } catch (EJBAccessException e) {
      Pages.error("admin_tickets_show.releaseSupervisorsOnly");
    } catch (FilesRefused e) {
      replyFiles.refused(e);
    }
    refresh(ticket.getId());
  }

  private String clearedUnlessFailed(String text) {
    return failed ? text : null;
  }

  /** Whether the composer shows the internal note: after the agent wrote one. */
  public boolean isNoteChosen() {
    return noteChosen;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public List<Message> getThread() {
    return thread;
  }

  /** The files that went with that message of the thread, read with the thread. */
  public List<MessageFile> filesOf(long messageId) {
    return threadFiles.getOrDefault(messageId, List.of());
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
