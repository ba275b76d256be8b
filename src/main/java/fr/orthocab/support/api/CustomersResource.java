package fr.orthocab.support.api;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.CustomerSearch;
import fr.orthocab.support.customer.Customers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * The customers, found by name or login email, one page at a time: for any token that may read
 * tickets, since tickets already show their customers.
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
