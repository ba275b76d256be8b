package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.attachment.MessageFiles;
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

/** The desk's thumbnail of an image on a message, for agents; the image itself only downloads. */
@WebServlet("/admin/tickets/thumbnail")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"AGENT", "SUPERVISOR"}))
public class ThumbnailServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient MessageFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<MessageFile> file =
        (id.isPresent() ? files.find(id.getAsLong()) : Optional.<MessageFile>empty())
            .filter(MessageFile::isPictured);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileDownload.sendThumbnail(response, file.get().getFileName(), file.get().getThumbnail());
  }
}
