package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.mail.inbound.AttachmentInfo;
import fr.orthocab.support.mail.inbound.MailAttachments;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files the customer mailed, shown under the message each came with: the kept ones to download,
 * the refused ones with the reason, in the customer's language.
 */
@Named("portalFiles")
@RequestScoped
public class TicketFilesBacking {
  private static final long KILOBYTE = 1024;
  private static final long MEGABYTE = 1024 * 1024;

  @Inject private ShowTicketBacking page;
  @Inject private MailAttachments attachments;
  @Inject private PortalCustomer customer;
  @Inject private MessageFiles messageFiles;

  private Map<Long, List<AttachmentInfo>> byMessage;
  private Map<Long, List<MessageFile>> replyFiles;

  /** The files that came with that message of the thread. */
  public List<AttachmentInfo> filesOf(long messageId) {
    if (byMessage == null) {
      byMessage =
          page.getTicket() == null
              ? Map.of()
              : attachments.sentBy(customer.id(), page.getTicket().getId()).stream()
                  .collect(Collectors.groupingBy(AttachmentInfo::getMessageId));
    }
    return byMessage.getOrDefault(messageId, List.of());
  }

  /** The files the support team attached to that reply of the thread. */
  public List<MessageFile> replyFilesOf(long messageId) {
    if (replyFiles == null) {
      replyFiles =
          page.getThread() == null
              ? Map.of()
              : messageFiles.of(page.getThread().stream().map(Message::getId).toList());
    }
    return replyFiles.getOrDefault(messageId, List.of());
  }

  /** "230 Ko", "3,4 Mo" in French; "230 KB", "3.4 MB" in English. */
  public String size(long bytes) {
    if (bytes < KILOBYTE) {
      return Pages.text("file.size.bytes", bytes);
    }
    if (bytes < MEGABYTE) {
      return Pages.text("file.size.kilobytes", bytes / KILOBYTE);
    }
    return Pages.text("file.size.megabytes", (double) bytes / MEGABYTE);
  }
}
