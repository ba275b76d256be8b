package fr.orthocab.support.api;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.CustomerSearch;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.dataexport.CustomerExports;
import fr.orthocab.support.erasure.CustomerErasures;
import fr.orthocab.support.erasure.ErasureOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Locale;

/**
 * The customers, found by name or login email, one page at a time: for any token that may read
 * tickets, since tickets already show their customers. A customer's export (all their data, a ZIP)
 * for supervisors' tokens only, recorded in the audit trail; and a customer's erasure on request,
 * for supervisors' read-write tokens, idempotent: a second call answers 200 {@code ALREADY_ERASED}.
 */
@Path("customers")
@RequestScoped
@Transactional(dontRollbackOn = ProblemException.class)
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {
  private static final int MAX_PAGE_SIZE = 100;
  private static final int MAX_WORDS = 200;

  @Inject private Customers customers;
  @Inject private CustomerExports exports;
  @Inject private CustomerErasures erasures;
  @Inject private Actors actors;
  @Context private HttpServletRequest http;

  @GET
  public JsonObject listCustomers(
      @QueryParam("q") String words,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    JsonInput in = JsonInput.of(ApiJson.object().add("q", words == null ? "" : words).build());
    String parsedWords = in.text("q", false, MAX_WORDS);
    int parsedPage = in.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    int parsedSize = in.number("size", size, 20, 1, MAX_PAGE_SIZE);
    in.check();
    CustomerSearch search = new CustomerSearch(parsedWords, null, null);
    JsonArrayBuilder items = ApiJson.array();
    customers.find(search, parsedPage * parsedSize, parsedSize).stream()
        .map(CustomersResource::view)
        .forEach(items::add);
    return ApiJson.object()
        .add("items", items)
        .add("page", parsedPage)
        .add("size", parsedSize)
        .add("total", customers.count(search))
        .build();
  }

  @GET
  @Path("{id}/export")
  @Produces({"application/zip", "application/problem+json"})
  public Response exportCustomer(@PathParam("id") String id) {
    supervisorOnly("A customer's export is for supervisors' read-write tokens only.");
    long customerId = customerId(id);
    if (exports.customer(customerId).isEmpty()) {
      throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such customer."));
    }
    AuditActor reader = actors.current();
    StreamingOutput zip = out -> exports.writeFor(reader, customerId, out);
    return Response.ok(zip, "application/zip")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + exports.fileName(customerId) + "\"")
        .build();
  }

  @POST
  @Path("{id}/erasure")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
  public JsonObject eraseCustomer(@PathParam("id") String id, InputStream body) {
    supervisorOnly("A customer's erasure is for supervisors' read-write tokens only.");
    long customerId = customerId(id);
    JsonInput in = JsonInput.read(body);
    String reason = in.text("reason", true, CustomerErasures.MAX_REASON);
    in.check();
    if (exports.customer(customerId).isEmpty()) {
      throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such customer."));
    }
    ErasureOutcome outcome = erasures.erase(actors.current(), customerId, reason);
    Customer erased = exports.customer(customerId).orElseThrow();
    return ApiJson.object()
        .add("outcome", outcome.name())
        .add("pseudonym", erased.fullName())
        .add("email", erased.getEmail())
        .add("erasedAt", TicketJson.instant(erased.getErasedAt()))
        .build();
  }

  private void supervisorOnly(String refusal) {
    if (!((ApiCaller) http.getAttribute(BearerAuthentication.CALLER)).actsAsSupervisor()) {
      throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, refusal));
    }
  }

  private static long customerId(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such customer."));
    }
    return Long.parseLong(id);
  }

  private static JsonObject view(Customer customer) {
    return ApiJson.object()
        .add("email", customer.getEmail())
        .add("surname", customer.getSurname())
        .add("firstName", customer.getFirstName())
        .add("language", customer.getLanguage().name().toLowerCase(Locale.ROOT))
        .add("since", TicketJson.instant(customer.getCreatedAt()))
        .build();
  }
}
