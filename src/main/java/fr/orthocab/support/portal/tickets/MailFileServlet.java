package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.MailAttachments;
import fr.orthocab.support.platform.FileDownload;
import fr.orthocab.support.portal.PortalCustomer;
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

/**
 * A file the customer mailed with one of their requests, as a download for them only (see {@link
 * FileDownload}). Another customer's file answers 404, as a missing one does, so that ids cannot be
 * probed; agents download through the admin pages.
 */
@WebServlet("/portal/tickets/file")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER"))
public class MailFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient MailAttachments attachments;
  @Inject private transient PortalCustomer customer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<InboundAttachment> file =
        id.isPresent() ? attachments.fileFor(customer.id(), id.getAsLong()) : Optional.empty();
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (file.get().isPurged()) {
      // retention destroyed its bytes: the page names it without a link
      response.sendError(HttpServletResponse.SC_GONE);
      return;
    }
    FileDownload.send(
        response,
        file.get().getFile().getFileName(),
        file.get().getFile().getContentType(),
        file.get().getContent());
  }
}
