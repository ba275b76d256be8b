package fr.orthocab.support.api;

import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditPage;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.ticket.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The audit trail for supervisors' tokens: newest first, filtered, a page at a time from the {@code
 * next} cursor of the previous page.
 */
@Path("audit")
@RequestScoped
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject private AuditTrail trail;
  @Context private HttpServletRequest http;

  @GET
  public JsonObject listAuditEntries(
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("ticket") String ticket,
      @QueryParam("customer") String customer,
      @QueryParam("before") String before,
      @QueryParam("size") String size) {
    if (!((ApiCaller) http.getAttribute(BearerAuthentication.CALLER)).actsAsSupervisor()) {
      throw new ProblemException(
          Problem.of(
              Response.Status.FORBIDDEN,
              "The audit trail is for supervisors' read-write tokens only."));
    }
    AuditQuery query =
        AuditQuery.parse(
            since, until, actor, action, ticket, customer, before, size, AuditTrail.MAX_PAGE_SIZE);
    AuditPage page = trail.page(query.filter(), query.before(), query.size());
    JsonArrayBuilder entries = ApiJson.array();
    page.entries().forEach(e -> entries.add(json(e)));
    JsonObjectBuilder answer = ApiJson.object().add("entries", entries);
    page.next().ifPresent(next -> answer.add("next", next.text()));
    return answer.build();
  }

  private static JsonObjectBuilder json(AuditEntry entry) {
    JsonObjectBuilder json =
        ApiJson.object()
            .add("id", entry.getId())
            .add("occurredAt", TicketJson.instant(entry.getOccurredAt()))
            .add("action", entry.getAction().name())
            .add("actor", entry.getActor());
    optional(json, "actorAccountId", entry.getActorAccountId());
    if (entry.getTicketId() != null) {
      json.add("ticket", Ticket.REFERENCE_PREFIX + entry.getTicketId());
    }
    optional(json, "customer", entry.getCustomerId());
    if (entry.getDetail() != null) {
      json.add("detail", entry.getDetail());
    }
    if (entry.getClientAddress() != null) {
      json.add("clientAddress", entry.getClientAddress());
    }
    return json;
  }

  private static void optional(JsonObjectBuilder json, String name, Long value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
