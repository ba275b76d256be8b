package fr.orthocab.support.api;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.policy.Decisions;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import fr.orthocab.support.ticket.Visibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The ticket API: parses, hands new requests to the intake pipeline and messages to the ticket
 * entry point, and shows tickets as {@link TicketJson} does.
 */
@Path("tickets")
@RequestScoped
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one")
@APIResponse(responseCode = "413", description = "Body over the size limit")
public class TicketsResource {
  private static final int MAX_PAGE_SIZE = 100;

  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private Decisions decisions;
  @Inject private Accounts accounts;
  @Inject private Clock clock;
  @Context private SecurityContext security;
  @Context private HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a request",
      description =
          "Runs the intake pipeline as the portal does. Fields: customerEmail (required),"
              + " surname, firstName, subject (required), body (required), category (USAGE,"
              + " FEATURE, BUG, CONFIGURATION, RENEWAL, OTHER; default OTHER), receivedAt"
              + " (ISO-8601 with offset, not in the future; default now).")
  @RequestBody(description = "The request, as a JSON object")
  @APIResponse(responseCode = "201", description = "Saved; Location names the ticket")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "A read-only token")
  @APIResponse(responseCode = "415", description = "Not application/json")
  public Response open(InputStream body) {
    JsonInput in = JsonInput.read(body);
    String email = in.email("customerEmail", true);
    String surname = in.text("surname", false, 100);
    String firstName = in.text("firstName", false, 100);
    String subject = in.text("subject", true, 200);
    String text = in.text("body", true, Message.MAX_BODY);
    ApiCategory category = in.oneOf("category", ApiCategory.class, false);
    OffsetDateTime receivedAt = in.instant("receivedAt");
    Instant now = clock.instant();
    if (receivedAt != null && receivedAt.toInstant().isAfter(now.plus(Duration.ofMinutes(1)))) {
      in.reject("receivedAt", "must not be in the future");
    }
    in.check();
    Ticket ticket =
        intake.receiveFrom(
            new SenderRequest(
                new Sender(email, surname, firstName),
                subject,
                category == null ? TicketCategory.OTHER : category.category(),
                TicketChannel.API,
                text,
                receivedAt == null ? now : receivedAt.toInstant()));
    return shown(Response.created(location(ticket)), ticket.getId());
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "A ticket, with its decisions and whole thread (internal notes included)")
  @APIResponse(responseCode = "200", description = "The ticket; ETag carries its version")
  @APIResponse(responseCode = "404", description = "No such ticket")
  public Response show(@PathParam("reference") String reference) {
    return shown(Response.ok(), found(reference).getId());
  }

  @GET
  @Operation(summary = "Tickets, newest first, one page at a time, with the total count")
  @APIResponse(responseCode = "200", description = "items, page, size, total")
  @APIResponse(responseCode = "400", description = "Invalid parameters, listed in errors")
  public JsonObject list(
      @QueryParam("customerEmail") String customerEmail,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    ListQuery query = ListQuery.parse(customerEmail, status, page, size, MAX_PAGE_SIZE);
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Ticket ticket :
        tickets.search(query.email(), query.status(), query.page() * query.size(), query.size())) {
      items.add(view(ticket));
    }
    return Json.createObjectBuilder()
        .add("items", items)
        .add("page", query.page())
        .add("size", query.size())
        .add("total", tickets.count(query.email(), query.status()))
        .build();
  }

  @POST
  @Path("{reference}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a message",
      description =
          "author CUSTOMER: the customer's comment (waits for a reply). author AGENT: a reply"
              + " (visibility PUBLIC, the default) or an internal note (INTERNAL), written as"
              + " agentEmail (default: the token's supervisor). If-Match: the ticket's version"
              + " (its ETag) to refuse the change if someone changed the ticket meanwhile.")
  @APIResponse(responseCode = "201", description = "Added; the ticket as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "No such ticket")
  @APIResponse(responseCode = "409", description = "Version conflict, or a closed ticket")
  public Response addMessage(
      @PathParam("reference") String reference,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    Ticket ticket = found(reference);
    JsonInput in = JsonInput.read(body);
    MessageAuthor author = in.oneOf("author", MessageAuthor.class, true);
    Visibility visibility = in.oneOf("visibility", Visibility.class, false);
    String agentEmail = in.email("agentEmail", false);
    String text = in.text("body", true, Message.MAX_BODY);
    long expected = Versions.expected(ifMatch, ticket.getVersion(), in);
    Account agent = author == MessageAuthor.AGENT ? agent(agentEmail, in) : null;
    if (author == MessageAuthor.CUSTOMER && visibility == Visibility.INTERNAL) {
      in.reject("visibility", "a customer's message is public");
    }
    in.check();
    if (author == MessageAuthor.CUSTOMER) {
      Versions.check(expected, ticket);
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
    return shown(Response.created(location(ticket)), ticket.getId());
  }

  @POST
  @Path("{reference}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move a ticket to another status, as an agent would",
      description =
          "status: OPEN, WAITING_ON_CUSTOMER (only after a public reply), RESOLVED or CLOSED."
              + " Held and refused statuses are the policy's decisions, not set by hand."
              + " If-Match: the ticket's version (its ETag).")
  @APIResponse(responseCode = "200", description = "Changed; the ticket as it is now")
  @APIResponse(responseCode = "409", description = "Version conflict, or a move not allowed")
  public Response changeStatus(
      @PathParam("reference") String reference,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    Ticket ticket = found(reference);
    JsonInput in = JsonInput.read(body);
    TicketStatus target = in.oneOf("status", TicketStatus.class, true);
    long expected = Versions.expected(ifMatch, ticket.getVersion(), in);
    in.check();
    tickets.changeStatus(ticket.getId(), expected, target);
    return shown(Response.ok(), ticket.getId());
  }

  @POST
  @Path("{reference}/identification")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Identify the sender of a request awaiting identification (ID-INFO)",
      description =
          "surname, firstName and loginEmail of an Orthocab customer: if they match, the request"
              + " continues through the intake rules.")
  @APIResponse(responseCode = "200", description = "Identified; the ticket as it is now")
  @APIResponse(responseCode = "409", description = "The request is not awaiting identification")
  @APIResponse(responseCode = "422", description = "No customer has that identity")
  public Response identify(@PathParam("reference") String reference, InputStream body) {
    Ticket ticket = found(reference);
    JsonInput in = JsonInput.read(body);
    String surname = in.text("surname", true, 100);
    String firstName = in.text("firstName", true, 100);
    String loginEmail = in.email("loginEmail", true);
    in.check();
    if (ticket.getStatus() != TicketStatus.AWAITING_IDENTIFICATION) {
      throw new ProblemException(
          Problem.of(409, "Conflict", "This request is not awaiting identification."));
    }
    if (intake
        .identify(ticket.getId(), surname, firstName, loginEmail, "api:" + callerName())
        .isEmpty()) {
      throw new ProblemException(
          Problem.of(
              422,
              "Unprocessable Content",
              "No customer has that surname, first name and login email."));
    }
    return shown(Response.ok(), ticket.getId());
  }

  private Ticket found(String reference) {
    return tickets.byReference(reference).orElseThrow(() -> new TicketNotFound(-1));
  }

  private Account agent(String email, JsonInput in) {
    Account owner = ((ApiCaller) http.getAttribute(BearerAuthentication.CALLER)).owner();
    Account agent = email == null ? owner : accounts.byEmail(email).orElse(null);
    if (agent == null || !agent.getRole().isStaff() || !agent.isEnabled()) {
      in.reject("agentEmail", "must name an agent's or supervisor's account");
    }
    return agent;
  }

  private String callerName() {
    return security.getUserPrincipal().getName();
  }

  private Response shown(Response.ResponseBuilder response, long ticketId) {
    Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    return response
        .tag(new EntityTag(Long.toString(ticket.getVersion())))
        .type(MediaType.APPLICATION_JSON)
        .entity(view(ticket))
        .build();
  }

  private JsonObject view(Ticket ticket) {
    return TicketJson.of(
        ticket, decisions.ofTicket(ticket.getId()), tickets.fullThread(ticket.getId()));
  }

  private static URI location(Ticket ticket) {
    return URI.create("/api/tickets/" + ticket.getReference());
  }

  /** Who writes a message through the API. */
  enum MessageAuthor {
    CUSTOMER,
    AGENT
  }

  /** Reads the list's parameters, all checked at once. */
  record ListQuery(String email, TicketStatus status, int page, int size) {
    static ListQuery parse(String email, String status, String page, String size, int maxSize) {
      JsonObject given =
          Json.createObjectBuilder()
              .add("customerEmail", email == null ? "" : email)
              .add("status", status == null ? "" : status)
              .build();
      JsonInput in = JsonInput.of(given);
      String parsedEmail = in.email("customerEmail", false);
      TicketStatus parsedStatus = in.oneOf("status", TicketStatus.class, false);
      int parsedPage = in.number("page", page, 0, 0, Integer.MAX_VALUE / maxSize);
      int parsedSize = in.number("size", size, 20, 1, maxSize);
      in.check();
      return new ListQuery(parsedEmail, parsedStatus, parsedPage, parsedSize);
    }
  }

  /** The version a change expects: If-Match when given (a quoted ETag), else the current one. */
  static final class Versions {
    private Versions() {}

    static long expected(String ifMatch, long current, JsonInput in) {
      if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
        return current;
      }
      String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
      try {
        return Long.parseLong(tag);
      } catch (NumberFormatException e) {
        in.reject("If-Match", "must be the ticket's ETag, e.g. \"3\"");
        return current;
      }
    }

    static void check(long expected, Ticket ticket) {
      if (expected != ticket.getVersion()) {
        throw new ProblemException(
            Problem.of(
                409,
                "Conflict",
                "The ticket was changed by someone else meanwhile: read it again and retry."));
      }
    }
  }
}
