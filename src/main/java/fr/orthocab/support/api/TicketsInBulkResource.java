package fr.orthocab.support.api;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.ticket.BulkChange;
import fr.orthocab.support.ticket.BulkResult;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.SeenTicket;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketsInBulk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One change to many tickets, each in the version the caller read ({@link TicketsInBulk}): a path
 * of its own, since {@code tickets/{reference}} would take {@code tickets/bulk} otherwise. No
 * transaction of its own: each ticket has one.
 */
@Path("tickets/bulk")
@RequestScoped
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class TicketsInBulkResource {
  private static final Set<TicketStatus> BY_HAND =
      Set.of(
          TicketStatus.OPEN,
          TicketStatus.WAITING_ON_CUSTOMER,
          TicketStatus.RESOLVED,
          TicketStatus.CLOSED);

  @Inject private TicketsInBulk bulk;
  @Inject private Accounts accounts;
  @Context private HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject changeTicketsInBulk(InputStream body) {
    JsonInput in = JsonInput.read(body);
    List<SeenTicket> seen = new ArrayList<>();
    for (JsonInput item : in.objects("tickets", TicketsInBulk.MAX)) {
      String reference = item.text("reference", true, 40);
      long version = item.count("version");
      if (reference != null && !reference.matches(Ticket.REFERENCE_PREFIX + "[1-9][0-9]{0,17}")) {
        item.reject("reference", "must be a ticket's reference, e.g. OC-1042");
      } else if (reference != null && version >= 0) {
        seen.add(new SeenTicket(Long.parseLong(reference.substring(3)), version));
      }
    }
    TicketStatus status = in.oneOf("status", TicketStatus.class, false);
    if (status != null && !BY_HAND.contains(status)) {
      in.reject("status", "must be OPEN, WAITING_ON_CUSTOMER, RESOLVED or CLOSED");
    }
    boolean assigning = in.has("agentEmail");
    Long assignee = assigning ? assignee(in.email("agentEmail", false), in) : null;
    String note = in.paragraphs("note", false, Message.MAX_BODY);
    Account author = note == null ? null : author(in.email("authorEmail", false), in);
    if (!assigning && status == null && note == null) {
      in.reject("status", "give a status, an agentEmail (or null) or a note to apply");
    }
    in.check();
    BulkResult result =
        bulk.apply(
            seen,
            new BulkChange(assignee, assigning && assignee == null, status, note),
            author == null ? null : author.getId());
    JsonArrayBuilder skipped = ApiJson.array();
    result
        .skipped()
        .forEach(
            s ->
                skipped.add(
                    ApiJson.object()
                        .add("reference", s.reference())
                        .add("reason", s.reason().name())));
    JsonArrayBuilder changed = ApiJson.array();
    result.changed().forEach(changed::add);
    return ApiJson.object().add("changed", changed).add("skipped", skipped).build();
  }

  private Long assignee(String email, JsonInput in) {
    if (email == null) {
      return null;
    }
    Account agent = accounts.byEmail(email).orElse(null);
    if (agent == null || !agent.canTakeRequests()) {
      in.reject("agentEmail", "must name an active agent's or supervisor's account");
      return null;
    }
    return agent.getId();
  }

  /** Who writes the note: the named member, else the token's owner. */
  private Account author(String email, JsonInput in) {
    Account owner = ((ApiCaller) http.getAttribute(BearerAuthentication.CALLER)).owner();
    Account author = email == null ? owner : accounts.byEmail(email).orElse(null);
    if (author == null || !author.getRole().isStaff() || !author.isEnabled()) {
      in.reject("authorEmail", "must name an agent's or supervisor's account");
    }
    return author;
  }
}
