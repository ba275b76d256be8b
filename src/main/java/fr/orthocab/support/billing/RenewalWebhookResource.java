package fr.orthocab.support.billing;

import fr.orthocab.support.api.Problem;
import fr.orthocab.support.api.ProblemException;
import fr.orthocab.support.api.ProblemMapper;
import fr.orthocab.support.platform.Sha256;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The billing system's renewal webhook: reads the call, checks its signature on the raw bytes
 * before anything is parsed, hands the event to {@link RenewalAttempts} (applied once, later
 * deliveries get the same answer, a known id with another body is a conflict) and maps what it came
 * to onto an HTTP answer; every call is logged with its answer ({@link Deliveries}).
 */
@Path("billing/renewals")
@RequestScoped
public class RenewalWebhookResource {
  static final int MAX_BODY = 64 * 1024;
  private static final Logger LOG = Logger.getLogger(RenewalWebhookResource.class.getName());

  @Inject private WebhookSecrets secrets;
  @Inject private RenewalAttempts attempts;
  @Inject private Deliveries deliveries;
  @Inject private Clock clock;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response receiveRenewal(
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam(WebhookSignature.HEADER) String signatureHeader,
      InputStream in) {
    Delivery delivery = new Delivery(clock.instant());
    try {
      return delivery.answer(handle(delivery, contentType, signatureHeader, in));
    } catch (ProblemException e) {
      return delivery.refuse(e.problem());
    }
  }

  private Response handle(
      Delivery delivery, String contentType, String signatureHeader, InputStream in) {
    delivery.body = read(in);
    if (!isJson(contentType)) {
      throw problem(415, "Unsupported Media Type", "Send the event as application/json.");
    }
    Optional<WebhookSignature> signature = secrets.signature();
    if (signature.isEmpty()) {
      delivery.outcome = DeliveryOutcome.FAILED;
      throw problem(
          503, "Service Unavailable", "The renewal webhook has no secret configured yet.");
    }
    delivery.signature = signature.get().check(signatureHeader, delivery.body, delivery.at);
    if (delivery.signature != WebhookSignature.Verdict.VALID) {
      throw problem(401, "Unauthorized", "Signature " + delivery.signature.name().toLowerCase());
    }
    delivery.sha256 = Sha256.hex(delivery.body);
    RenewalEvent event = RenewalEvent.parse(delivery.body);
    delivery.eventId = event.eventId();
    try {
      RenewalAttempts.Received received =
          attempts.receive(event, delivery.at, delivery.body, delivery.sha256);
      return delivery.received(received.receipt(), received.logged());
    } catch (RenewalRefused e) {
      throw new ProblemException(
          new Problem(
              422,
              "Unprocessable Content",
              "The renewal cannot be applied: " + e.getMessage() + ".",
              List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    } catch (ConstraintViolationException e) {
      throw new ProblemException(ProblemMapper.invalidData(e));
    } catch (RenewalAttempts.NotApplied e) {
      delivery.outcome = DeliveryOutcome.FAILED;
      throw problem(503, "Service Unavailable", "The renewal could not be applied; retry later.");
    }
  }

  private static byte[] read(InputStream in) {
    try {
      byte[] body = in == null ? new byte[0] : in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw problem(413, "Content Too Large", "The event is larger than 64 KiB.");
      }
      return body;
    } catch (IOException e) {
      throw problem(400, "Bad Request", "The body could not be read.");
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      return MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)
          && !MediaType.valueOf(contentType).isWildcardType();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ProblemException problem(int status, String title, String detail) {
    return new ProblemException(Problem.of(status, title, detail));
  }

  /** One call as the log keeps it, filled in as the checks go. */
  private final class Delivery {
    final Instant at;
    byte[] body;
    String sha256;
    String eventId;
    WebhookSignature.Verdict signature = WebhookSignature.Verdict.UNCHECKED;
    DeliveryOutcome outcome = DeliveryOutcome.REJECTED;
    boolean logged;

    Delivery(Instant at) {
      this.at = at;
    }

    /** The answer to a receipt, whose log entry may be written with it already. */
    Response received(Receipt receipt, boolean logged) {
      this.logged = logged;
      outcome = receipt.outcome();
      if (receipt.outcome() == DeliveryOutcome.CONFLICT) {
        throw problem(409, "Conflict", receipt.error());
      }
      return Response.ok(receipt.result(), MediaType.APPLICATION_JSON).build();
    }

    Response answer(Response response) {
      log(response.getStatus(), null);
      return response;
    }

    Response refuse(Problem problem) {
      if (outcome == DeliveryOutcome.APPLIED || outcome == DeliveryOutcome.DUPLICATE) {
        outcome = DeliveryOutcome.REJECTED;
      }
      log(problem.status(), problem.detail());
      return problem.toResponse();
    }

    private void log(int status, String error) {
      if (logged) {
        return;
      }
      try {
        deliveries.record(
            at, eventId, signature, status, outcome, error, status == 413 ? null : body, sha256);
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Renewal delivery not logged", e);
      }
    }
  }
}
