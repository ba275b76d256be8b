package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.platform.Showable;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;

/** The new request form. */
@Named
@RequestScoped
public class NewTicketBacking {
  @Inject private Intake intake;
  @Inject private PortalCustomer customer;
  @Inject private Clock clock;
  @Inject private MessageFiles messageFiles;
  @Inject private PortalUploadBacking upload;

  @NotNull(message = "{fr.orthocab.support.NotChosen.message}")
  private TicketCategory category;

  @NotBlank
  @Size(min = 3, max = 200)
  @Showable
  private String subject;

  @NotBlank
  @Size(min = 10, max = Message.MAX_BODY)
  @Showable(multiline = true)
  private String description;

  /** A customer without an active subscription is offered the one category always answered. */
  @PostConstruct
  void offerRenewalWhenLapsed() {
    if (!customer.getCoverage().isCovered()) {
      category = TicketCategory.SUBSCRIPTION_RENEWAL;
    }
  }

  private Boolean quotaReached;

  /** Warned before writing: a new request now would be set aside (REFUSE-SPAM). */
  public boolean isQuotaReached() {
    if (quotaReached == null) {
      quotaReached = intake.quotaReached(customer.id());
    }
    return quotaReached;
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  /** The request is received first; then its files, each refused one named (the rest is kept). */
  public String submit() {
    List<Upload> files = upload.uploads();
    Ticket ticket =
        intake.receive(
            new NewRequest(
                customer.id(),
                subject,
                category,
                TicketChannel.PORTAL,
                description,
                clock.instant()));
    Pages.info(submittedKey(ticket.getStatus()), ticket.getReference());
    if (!files.isEmpty()) {
      upload.told(messageFiles.addToRequest(ticket.getId(), files));
    }
    return "/portal/tickets/show.xhtml?faces-redirect=true&id=" + ticket.getId();
  }

  /** What the customer is told: sent, kept aside and why, or refused (support suspended). */
  static String submittedKey(TicketStatus status) {
    return switch (status) {
      case AWAITING_RENEWAL -> "portal_tickets_new.submittedAwaitingRenewal";
      case THROTTLED -> "portal_tickets_new.submittedThrottled";
      case REFUSED -> "portal_tickets_new.submittedRefused";
      default -> "portal_tickets_new.submitted";
    };
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
