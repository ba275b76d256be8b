package fr.orthocab.support.admin.mail;

import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxStatus;
import fr.orthocab.support.web.Pages;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The outbox for agents: every notification with its status, attempts, next attempt and last error,
 * filtered by status through the page's address, and a resend action. View-scoped so that a row's
 * button acts on the row that was shown, whatever was written since.
 */
@Named("outboxPage")
@ViewScoped
public class OutboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_ROWS = 200;

  @Inject private Outbox outbox;

  private String status;
  private List<OutboxMessage> rows;

  public void load() {
    rows = outbox.latest(chosenStatus(), MAX_ROWS);
  }

  /** Shows the outbox as filtered, at an address that says so. */
  public String filter() {
    return "/admin/mail/outbox?faces-redirect=true&includeViewParams=true";
  }

  public String resend(long id) {
    try {
      outbox.resend(id);
      Pages.info("admin_mail_outbox.resent");
    } catch (EJBException e) {
      // a notification still to send, or gone: the page shows it as it is now
      Pages.error("admin_mail_outbox.notResent");
    }
    return filter();
  }

  private OutboxStatus chosenStatus() {
    return Arrays.stream(OutboxStatus.values())
        .filter(s -> s.name().equals(status))
        .findFirst()
        .orElse(null);
  }

  public List<OutboxStatus> getStatuses() {
    return List.of(OutboxStatus.values());
  }

  public List<OutboxMessage> getRows() {
    return rows;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
