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
 * The desk's thumbnail of a picture the customer mailed with one of their requests (found as {@link
 * MailFileServlet} finds the file: another customer's answers 404); the picture itself only
 * downloads.
 */
@WebServlet("/portal/tickets/file-thumbnail")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER"))
public class MailThumbnailServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient MailAttachments attachments;
  @Inject private transient PortalCustomer customer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<InboundAttachment> file =
        (id.isPresent()
                ? attachments.fileFor(customer.id(), id.getAsLong())
                : Optional.<InboundAttachment>empty())
            .filter(InboundAttachment::isPictured);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.sendThumbnail(
        response, file.get().getFile().getFileName(), file.get().getThumbnail());
  }
}
