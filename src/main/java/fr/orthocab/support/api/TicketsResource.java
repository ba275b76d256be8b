package fr.orthocab.support.api;

import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The ticket API's collection: a new request, handed to the intake pipeline as the portal's are,
 * and the list. One transaction a call.
 */
@Path("tickets")
@RequestScoped
@Transactional(dontRollbackOn = ProblemException.class)
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {
  private static final int MAX_PAGE_SIZE = 100;

  @Inject private Intake intake;
  @Inject private TicketQueue queue;
  @Inject private TicketViews views;
  @Inject private Clock clock;
  @Inject private IdempotentCall idempotent;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response openTicket(
      @HeaderParam(IdempotentCall.HEADER) String key,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      InputStream body) {
    return idempotent.answer(key, authorization, "POST tickets", body, this::open);
  }

  private Response open(InputStream body) {
    JsonInput in = JsonInput.read(body);
    String email = in.email("customerEmail", true);
    String surname = in.text("surname", false, 100);
    String firstName = in.text("firstName", false, 100);
    String subject = in.text("subject", true, 200);
    String text = in.paragraphs("body", true, Message.MAX_BODY);
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
    return views.shown(Response.created(TicketViews.location(ticket)), ticket);
  }

  @GET
  public JsonObject listTickets(
      @QueryParam("customerEmail") String customerEmail,
      @QueryParam("status") String status,
      @QueryParam("q") String words,
      @QueryParam("assignee") String assignee,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    TicketListQuery query =
        TicketListQuery.parse(customerEmail, status, words, assignee, page, size, MAX_PAGE_SIZE);
    TicketQueue.Found found = queue.find(query.filter());
    JsonArrayBuilder items = ApiJson.array();
    views
        .views(
            queue.page(
                found,
                found.words() == null ? QueueOrder.RECEIVED : QueueOrder.RELEVANCE,
                false,
                query.page() * query.size(),
                query.size()))
        .forEach(items::add);
    return ApiJson.object()
        .add("items", items)
        .add("page", query.page())
        .add("size", query.size())
        .add("total", queue.count(found))
        .build();
  }
}
