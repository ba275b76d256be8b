package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.mail.inbound.AttachmentInfo;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.MailAttachments;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The mails of the ticket shown: original headers and text, and their files as downloads. */
@Named("adminMails")
@RequestScoped
public class TicketMailsBacking {
  @Inject private ShowTicketBacking page;
  @Inject private InboundMails inboundMails;
  @Inject private MailAttachments attachments;

  @Inject private Outbox outbox;

  private List<InboundMail> mails;
  private List<OutboxMessage> sent;
  private List<InboundMail> naming;
  private Map<Long, List<AttachmentInfo>> files;

  public List<InboundMail> getMails() {
    if (mails == null) {
      mails =
          page.getTicket() == null ? List.of() : inboundMails.ofTicket(page.getTicket().getId());
    }
    return mails;
  }

  /** Mails that named this ticket but could not join it: each became a request of its own. */
  public List<InboundMail> getNaming() {
    if (naming == null) {
      naming =
          page.getTicket() == null
              ? List.of()
              : inboundMails.namingTicket(page.getTicket().getId());
    }
    return naming;
  }

  /**
   * The desk's mails to the requester about this ticket, oldest first, with their thread headers
   * (never their bodies: agents read the thread itself above).
   */
  public List<OutboxMessage> getSent() {
    if (sent == null) {
      sent =
          page.getTicket() == null
              ? List.of()
              : outbox.about(page.getTicket().getId()).stream()
                  .filter(m -> m.getTopic().isToRequester())
                  .toList();
    }
    return sent;
  }

  /** The files of one mail of the thread. */
  public List<AttachmentInfo> filesOf(long mailId) {
    if (files == null) {
      files =
          page.getTicket() == null
              ? Map.of()
              : attachments.ofTicket(page.getTicket().getId()).stream()
                  .collect(Collectors.groupingBy(AttachmentInfo::getInboundMailId));
    }
    return files.getOrDefault(mailId, List.of());
  }

  /** "12 Ko", "3,4 Mo": a size as agents read it. */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " o";
    }
    if (bytes < 1024 * 1024) {
      return (bytes / 1024) + " Ko";
    }
    return String.format(java.util.Locale.FRENCH, "%.1f Mo", bytes / 1_048_576.0);
  }
}
