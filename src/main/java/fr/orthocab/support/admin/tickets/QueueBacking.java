package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.queueview.StatusChoice;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.web.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The agents' queue: tickets awaiting an agent by default, priority first, then the oldest; with
 * words, every status and the best match first, unless a column is sorted. The address may choose
 * the status and an SLA alert (the dashboard's counts open it so).
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private TicketQueue queue;
  @Inject private Accounts accounts;
  @Inject private Subscriptions subscriptions;
  @Inject private CurrentAccount me;

  private final QueueFilterForm form = new QueueFilterForm();
  private TicketQueueModel tickets;

  @PostConstruct
  void init() {
    tickets = new TicketQueueModel(queue, this::filter);
  }

  QueueFilter filter() {
    return form.filter(me.getEmail());
  }

  public QueueFilterForm getForm() {
    return form;
  }

  /** Words given in the link (from the search page): looked for in every status. */
  public String getLinkedWords() {
    return form.getWords();
  }

  public void setLinkedWords(String words) {
    if (words != null && !words.isBlank()) {
      form.setWords(words);
      form.setStatus(QueueFilterForm.ALL);
    }
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  /** The groups of statuses the status filter offers besides each status. */
  public List<StatusChoice> getStatusGroups() {
    return List.of(StatusChoice.IN_PROGRESS, StatusChoice.HELD, StatusChoice.UNFINISHED);
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public FlagKind[] getFlags() {
    return FlagKind.values();
  }

  public List<Pack> getPacks() {
    return subscriptions.packs();
  }

  /** The team members who can hold requests, by name. */
  public List<Account> getAgents() {
    return accounts.activeStaff();
  }

  public TicketQueueModel getTickets() {
    return tickets;
  }
}
