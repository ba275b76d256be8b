package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.MailAttachments;
import fr.orthocab.support.platform.FileDownload;
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

/** The desk's thumbnail of a picture a customer mailed, for agents; the picture only downloads. */
@WebServlet("/admin/tickets/attachment-thumbnail")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"AGENT", "SUPERVISOR"}))
public class MailThumbnailServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient MailAttachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<InboundAttachment> file =
        (id.isPresent() ? attachments.file(id.getAsLong()) : Optional.<InboundAttachment>empty())
            .filter(InboundAttachment::isPictured);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.sendThumbnail(
        response, file.get().getFile().getFileName(), file.get().getThumbnail());
  }
}
