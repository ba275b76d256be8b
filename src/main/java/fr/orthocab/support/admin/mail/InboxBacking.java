package fr.orthocab.support.admin.mail;

import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.InboundOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The desk's mailbox as agents read it: every mail received, newest first, with what became of it,
 * filtered by outcome through the page's address; the ones that reached no ticket (automatic
 * replies, bounces, mails too large or failing) are kept here with their original headers and text.
 */
@Named("inboxPage")
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_ROWS = 200;

  @Inject private InboundMails inboundMails;

  private String outcome;
  private List<InboundMail> rows;

  public void load() {
    rows = inboundMails.latest(chosenOutcome(), MAX_ROWS);
  }

  /** Shows the mailbox as filtered, at an address that says so. */
  public String filter() {
    return "/admin/mail/inbox?faces-redirect=true&includeViewParams=true";
  }

  private InboundOutcome chosenOutcome() {
    return Arrays.stream(InboundOutcome.values())
        .filter(o -> o.name().equals(outcome))
        .findFirst()
        .orElse(null);
  }

  public List<InboundOutcome> getOutcomes() {
    return Arrays.stream(InboundOutcome.values()).filter(o -> o != InboundOutcome.CLAIMED).toList();
  }

  public List<InboundMail> getRows() {
    return rows;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
