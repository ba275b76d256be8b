package fr.orthocab.support.api;

import fr.orthocab.support.ticket.AssigneeRefused;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.ticket.TicketNotFound;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure under {@code /api} becomes an RFC 9457 problem: the expected ones with their status
 * and a plain explanation, the unexpected ones as a 500 that names an incident id found in the log,
 * never a stack trace.
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    Response response = problemFor(failure).toResponse();
    if (failure instanceof WebApplicationException web) {
      web.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                  values.forEach(v -> response.getHeaders().add(name, v));
                }
              });
    }
    return response;
  }

  static Problem problemFor(Throwable failure) {
    if (failure instanceof ProblemException problem) {
      return problem.problem();
    }
    if ((failure instanceof EJBException
            || failure instanceof TransactionalException
            || failure instanceof RollbackException)
        && failure.getCause() != null) {
      return problemFor(failure.getCause());
    }
    if (failure instanceof TicketNotFound) {
      return Problem.of(Response.Status.NOT_FOUND, "No such ticket.");
    }
    if (failure instanceof TicketChangedMeanwhile || failure instanceof OptimisticLockException) {
      return Problem.of(
          Response.Status.CONFLICT,
          "The ticket was changed by someone else meanwhile: read it again and retry.");
    }
    if (failure instanceof AssigneeRefused) {
      return Problem.of(
          422,
          "Unprocessable Content",
          "That account cannot take requests: it is not an active agent's or supervisor's.");
    }
    if (failure instanceof IllegalTransition) {
      return Problem.of(Response.Status.CONFLICT, failure.getMessage());
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return invalidData(invalid);
    }
    if (failure instanceof JsonException) {
      return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON.");
    }
    if (failure instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detailOf(status));
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API incident " + incident, failure);
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side (incident " + incident + ").");
  }

  /**
   * Data that passed the edge's checks but not an entity's constraints: still the caller's data, so
   * a 400 naming the fields (as {@code entity.property}), never a 500 or a 503 "retry later".
   */
  public static Problem invalidData(ConstraintViolationException invalid) {
    return Problem.invalid(
        invalid.getConstraintViolations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        fieldOf(v.getRootBeanClass()) + "." + v.getPropertyPath(), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList());
  }

  private static String fieldOf(Class<?> bean) {
    String name = bean.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String detailOf(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 404 -> "No such resource.";
      case 405 -> "This method is not allowed on this resource.";
      case 406 -> "This resource answers application/json only.";
      case 415 -> "Send the body as application/json.";
      default -> status.getReasonPhrase();
    };
  }
}
