package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.MailAttachments;
import fr.orthocab.support.platform.FileDownload;
import fr.orthocab.support.reads.ReadKind;
import fr.orthocab.support.reads.StaffReads;
import fr.orthocab.support.ticket.Ticket;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** A file a customer mailed, for agents, always as a download (see {@link FileDownload}). */
@WebServlet("/admin/tickets/attachment")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"AGENT", "SUPERVISOR"}))
public class MailAttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient StaffReads reads;
  @Inject private transient Actors actors;
  @Inject private transient MailAttachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<InboundAttachment> file =
        id.isPresent() ? attachments.file(id.getAsLong()) : Optional.empty();
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (file.get().isPurged()) {
      // retention destroyed its bytes: the page names it without a link
      response.sendError(HttpServletResponse.SC_GONE);
      return;
    }
    recordRead(file.get());
    FileDownload.send(
        response,
        file.get().getFile().getFileName(),
        file.get().getFile().getContentType(),
        file.get().getContent());
  }

  private void recordRead(InboundAttachment file) {
    Optional<Ticket> ticket = attachments.ticketOf(file.getId());
    reads.record(
        actors.current(),
        ReadKind.MAIL_FILE,
        file.getId(),
        ticket.map(Ticket::getId).orElse(null),
        ticket.map(Ticket::getCustomer).map(Customer::getId).orElse(null));
  }
}
