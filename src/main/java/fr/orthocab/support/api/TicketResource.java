package fr.orthocab.support.api;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.ticket.Visibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;

/**
 * One ticket of the ticket API: shown with its decisions and thread, and what integrations do to it
 * (messages, status, identification of its sender) through the capabilities' entry points. One
 * transaction a call: a 4xx keeps what was recorded before it, such as a failed identification.
 */
@Path("tickets/{reference}")
@RequestScoped
@Transactional(dontRollbackOn = ProblemException.class)
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketViews views;
  @Inject private Accounts accounts;
  @Inject private IdempotentCall idempotent;
  @Context private SecurityContext security;
  @Context private HttpServletRequest http;

  @GET
  public Response getTicket(@PathParam("reference") String reference) {
    return views.shown(Response.ok(), views.found(reference));
  }

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addMessage(
      @PathParam("reference") String reference,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam(IdempotentCall.HEADER) String key,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      InputStream body) {
    return idempotent.answer(
        key,
        authorization,
        "POST tickets/" + reference + "/messages",
        body,
        json -> addMessage(reference, ifMatch, json));
  }

  private Response addMessage(String reference, String ifMatch, InputStream body) {
    Ticket ticket = views.found(reference);
    JsonInput in = JsonInput.read(body);
    MessageAuthor author = in.oneOf("author", MessageAuthor.class, true);
    Visibility visibility = in.oneOf("visibility", Visibility.class, false);
    String agentEmail = in.email("agentEmail", false);
    String text = in.paragraphs("body", true, Message.MAX_BODY);
    long expected = IfMatch.expected(ifMatch, ticket.getVersion(), in);
    Account agent = author == MessageAuthor.AGENT ? agent(agentEmail, in) : null;
    if (author == MessageAuthor.CUSTOMER && visibility == Visibility.INTERNAL) {
      in.reject("visibility", "a customer's message is public");
    }
    in.check();
    if (author == MessageAuthor.CUSTOMER) {
      IfMatch.check(expected, ticket);
      if (!ticket.isIdentified()) {
        throw new ProblemException(
            Problem.of(
                409,
                "Conflict",
                "The sender is not identified yet: POST their identity to"
                    + " /api/tickets/{reference}/identification first."));
      }
      tickets.comment(ticket.getId(), ticket.getCustomer().getId(), text);
    } else if (visibility == Visibility.INTERNAL) {
      tickets.note(ticket.getId(), expected, agent.getId(), text);
    } else {
      tickets.reply(ticket.getId(), expected, agent.getId(), text);
    }
    return views.shown(Response.created(TicketViews.location(ticket)), ticket);
  }

  @POST
  @Path("status")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeStatus(
      @PathParam("reference") String reference,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    Ticket ticket = views.found(reference);
    JsonInput in = JsonInput.read(body);
    TicketStatus target = in.oneOf("status", TicketStatus.class, true);
    long expected = IfMatch.expected(ifMatch, ticket.getVersion(), in);
    in.check();
    tickets.changeStatus(ticket.getId(), expected, target);
    return views.shown(Response.ok(), ticket);
  }

  /**
   * The ticket goes to the agent or supervisor named by {@code agentEmail}, or back to the queue
   * when it is null; the assignee is told, and the ticket's history records who did it.
   */
  @POST
  @Path("assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assignTicket(
      @PathParam("reference") String reference,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    Ticket ticket = views.found(reference);
    JsonInput in = JsonInput.read(body);
    boolean named = in.names("agentEmail", "required: an agent's email, or null to unassign");
    String agentEmail = in.email("agentEmail", false);
    long expected = IfMatch.expected(ifMatch, ticket.getVersion(), in);
    Account agent = named && agentEmail != null ? assignee(agentEmail, in) : null;
    in.check();
    if (agent == null) {
      tickets.unassign(ticket.getId(), expected);
    } else {
      tickets.assign(ticket.getId(), expected, agent.getId());
    }
    return views.shown(Response.ok(), ticket);
  }

  @POST
  @Path("identification")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response identifyRequester(@PathParam("reference") String reference, InputStream body) {
    Ticket ticket = views.found(reference);
    JsonInput in = JsonInput.read(body);
    String surname = in.text("surname", true, 100);
    String firstName = in.text("firstName", true, 100);
    String loginEmail = in.email("loginEmail", true);
    in.check();
    if (intake
        .identify(ticket.getId(), surname, firstName, loginEmail, "api:" + callerName())
        .isEmpty()) {
      throw new ProblemException(
          Problem.of(
              422,
              "Unprocessable Content",
              "No customer has that surname, first name and login email."));
    }
    return views.shown(Response.ok(), ticket);
  }

  private Account agent(String email, JsonInput in) {
    Account owner = ((ApiCaller) http.getAttribute(BearerAuthentication.CALLER)).owner();
    Account agent = email == null ? owner : accounts.byEmail(email).orElse(null);
    if (agent == null || !agent.getRole().isStaff() || !agent.isEnabled()) {
      in.reject("agentEmail", "must name an agent's or supervisor's account");
    }
    return agent;
  }

  private Account assignee(String email, JsonInput in) {
    Account agent = accounts.byEmail(email).orElse(null);
    if (agent == null || !agent.canTakeRequests()) {
      in.reject("agentEmail", "must name an active agent's or supervisor's account");
      return null;
    }
    return agent;
  }

  private String callerName() {
    return security.getUserPrincipal().getName();
  }

  /** Who writes a message through the API. */
  enum MessageAuthor {
    CUSTOMER,
    AGENT
  }
}
