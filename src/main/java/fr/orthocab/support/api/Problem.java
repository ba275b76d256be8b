package fr.orthocab.support.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details answer: a status, a short title, what went wrong, and for invalid
 * input the fields at fault. Never a stack trace.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request, named as in the request's JSON. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem(status, title, detail, List.of());
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem(
        400, "Bad Request", "The request has invalid or missing fields.", List.copyOf(errors));
  }

  public Response toResponse() {
    JsonObjectBuilder body =
        ApiJson.object()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = ApiJson.array();
      errors.forEach(
          e -> list.add(ApiJson.object().add("field", e.field()).add("message", e.message())));
      body.add("errors", list);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}
