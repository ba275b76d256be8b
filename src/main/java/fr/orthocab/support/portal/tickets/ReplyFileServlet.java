package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.attachment.MessageFiles;
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
 * A file the support team attached to a reply, for the customer of that request only (another
 * customer's file, or one of an internal note, is not found), always as a download.
 */
@WebServlet("/portal/tickets/reply-file")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER"))
public class ReplyFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient MessageFiles files;
  @Inject private transient PortalCustomer customer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<MessageFile> file =
        id.isPresent() ? files.findFor(customer.id(), id.getAsLong()) : Optional.empty();
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
        response, file.get().getFileName(), file.get().getContentType(), file.get().getContent());
  }
}
