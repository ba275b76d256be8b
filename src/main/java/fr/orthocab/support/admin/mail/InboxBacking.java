package fr.orthocab.support.admin.mail;

import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.InboundOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The desk's mailbox as agents read it: every mail received, newest first, a page at a time, with
 * what became of it, filtered by outcome through the page's address; the ones that reached no
 * ticket (automatic replies, bounces, mails too large or failing) are kept here with their original
 * headers and text, and the reason in the agent's language. A mail that failed shows that reason,
 * never the failure's technical text (which the server's log holds).
 */
@Named("inboxPage")
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The outcomes that reached no ticket: their reason is told in the agent's language. */
  static final Set<InboundOutcome> EXPLAINED =
      EnumSet.of(
          InboundOutcome.AUTO_REPLY,
          InboundOutcome.BOUNCE,
          InboundOutcome.OWN_ADDRESS,
          InboundOutcome.UNREADABLE,
          InboundOutcome.TOO_LARGE,
          InboundOutcome.FAILED,
          InboundOutcome.REUSED_MESSAGE_ID);

  /** The outcomes whose recorded detail only repeats their reason. */
  private static final Set<InboundOutcome> SAID_BY_REASON =
      EnumSet.of(InboundOutcome.OWN_ADDRESS, InboundOutcome.UNREADABLE);

  /** A Java exception's name in a text, as failures kept before this page hid them held them. */
  private static final Pattern TECHNICAL =
      Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b");

  @Inject private InboundMails inboundMails;

  private String outcome;
  private InboxModel rows;

  public void load() {
    rows = new InboxModel(inboundMails, chosenOutcome());
  }

  /** The message key of the reason a mail reached no ticket, or null when it reached one. */
  public String reasonKey(InboundMail mail) {
    return EXPLAINED.contains(mail.getOutcome())
        ? "admin_mail_inbox.reason." + mail.getOutcome().name()
        : null;
  }

  /** The detail the desk recorded, unless it is a failure's technical text. */
  public String readableDetail(InboundMail mail) {
    return SAID_BY_REASON.contains(mail.getOutcome()) ? null : readable(mail.getDetail());
  }

  static String readable(String detail) {
    return detail == null || TECHNICAL.matcher(detail).find() ? null : detail;
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

  public InboxModel getRows() {
    return rows;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
