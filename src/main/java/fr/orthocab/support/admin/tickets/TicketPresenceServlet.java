package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.presence.Colleague;
import fr.orthocab.support.presence.Presences;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.web.Pages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a request's page says every few seconds (the agent is there, writing or not; or has left)
 * and hears back: the other agents there, and the request's version, so that the page warns an
 * agent writing on a request that changed. JSON, for the page's script only.
 */
@WebServlet("/admin/tickets/presence")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"AGENT", "SUPERVISOR"}))
public class TicketPresenceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient Presences presences;
  @Inject private transient TicketReads tickets;
  @Inject private transient Accounts accounts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong ticketId = Pages.id(request.getParameter("ticket"));
    Optional<Ticket> ticket =
        ticketId.isPresent() ? tickets.find(ticketId.getAsLong()) : Optional.empty();
    Optional<Account> agent =
        Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> accounts.byEmail(p.getName()));
    if (ticket.isEmpty() || agent.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = ticket.get().getId();
    if ("1".equals(request.getParameter("left"))) {
      presences.left(id, agent.get().getId());
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    List<Colleague> others =
        presences.here(id, agent.get().getId(), "1".equals(request.getParameter("typing")));
    JsonArrayBuilder shown = Json.createArrayBuilder();
    others.forEach(
        c -> shown.add(Json.createObjectBuilder().add("name", c.name()).add("typing", c.typing())));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("others", shown)
                .add("version", ticket.get().getVersion())
                .build()
                .toString());
  }
}
