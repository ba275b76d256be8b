package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.attachment.MessageFiles;
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

/** A file an agent attached to a reply, for agents, always as a download. */
@WebServlet("/admin/tickets/reply-file")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"AGENT", "SUPERVISOR"}))
public class ReplyFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient StaffReads reads;
  @Inject private transient Actors actors;
  @Inject private transient MessageFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = FileDownload.requestedId(request);
    Optional<MessageFile> file = id.isPresent() ? files.find(id.getAsLong()) : Optional.empty();
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
        response, file.get().getFileName(), file.get().getContentType(), file.get().getContent());
  }

  private void recordRead(MessageFile file) {
    Ticket ticket = file.getMessage().getTicket();
    Long customerId = ticket.getCustomer() == null ? null : ticket.getCustomer().getId();
    reads.record(actors.current(), ReadKind.FILE, file.getId(), ticket.getId(), customerId);
  }
}
