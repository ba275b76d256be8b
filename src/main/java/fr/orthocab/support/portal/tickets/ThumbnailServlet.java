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
 * The desk's thumbnail of an image on a public message of the customer's own request; another
 * customer's, or an internal note's, is not found. The image itself only downloads.
 */
@WebServlet("/portal/tickets/thumbnail")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER"))
public class ThumbnailServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient MessageFiles files;
  @Inject private transient PortalCustomer customer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<MessageFile> file =
        (id.isPresent()
                ? files.findFor(customer.id(), id.getAsLong())
                : Optional.<MessageFile>empty())
            .filter(MessageFile::isPictured);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.sendThumbnail(response, file.get().getFileName(), file.get().getThumbnail());
  }
}
