package fr.orthocab.support.api;

import fr.orthocab.support.idempotency.IdempotencyKey;
import fr.orthocab.support.idempotency.IdempotencyKeys;
import fr.orthocab.support.idempotency.KeyTaken;
import fr.orthocab.support.idempotency.KeyedRequest;
import fr.orthocab.support.idempotency.RecordedAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * A write of the ticket API made safe to retry by an {@code Idempotency-Key} header (IETF
 * draft-ietf-httpapi-idempotency-key-header): without the header the call runs as always; with it,
 * the first successful answer is recorded with the call's work and replayed, marked {@code
 * Idempotent-Replayed: true}, to every call with the same key, token, endpoint and body for 24
 * hours. The same key with another body is a 409. A 4xx answer is not kept, so that a corrected
 * call may reuse the key; a failure rolls the key back with the work.
 */
@ApplicationScoped
class IdempotentCall {
  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;

  @Inject private IdempotencyKeys keys;

  /**
   * The call's answer: {@code work} run on the body, or the answer recorded for the key.
   *
   * @param authorization the request's {@code Authorization} header, whose token scopes the key
   * @param endpoint the method and path, such as {@code POST tickets}
   */
  Response answer(
      String key,
      String authorization,
      String endpoint,
      InputStream body,
      Function<InputStream, Response> work) {
    if (key == null) {
      return work.apply(body);
    }
    checkKey(key);
    byte[] bytes = bytes(body);
    KeyedRequest request =
        KeyedRequest.of(BearerAuthentication.presentedToken(authorization), endpoint, key, bytes);
    Optional<IdempotencyKey> earlier = keys.earlier(request);
    if (earlier.isPresent()) {
      return replayed(earlier.get(), request);
    }
    IdempotencyKey claimed = keys.claim(request);
    Response answer;
    try {
      answer = work.apply(body == null ? null : new ByteArrayInputStream(bytes));
    } catch (ProblemException refused) {
      keys.release(claimed);
      throw refused;
    }
    keys.record(claimed, recorded(answer));
    return answer;
  }

  /**
   * The answer to a call that lost the race for its key, read once its transaction rolled back: the
   * winner's answer, or a 409 to retry later when the winner has not committed yet.
   */
  Response afterRace(KeyTaken taken) {
    return keys.earlier(taken.request())
        .map(winner -> replayed(winner, taken.request()))
        .orElseGet(
            () ->
                Response.fromResponse(
                        Problem.of(
                                409,
                                "Conflict",
                                "A request with this Idempotency-Key is still being processed:"
                                    + " retry later.")
                            .toResponse())
                    .header("Retry-After", "1")
                    .build());
  }

  private static Response replayed(IdempotencyKey earlier, KeyedRequest request) {
    if (!earlier.sameBodyAs(request)) {
      throw new ProblemException(
          Problem.of(409, "Conflict", "Idempotency-Key reused with a different body."));
    }
    RecordedAnswer answer = earlier.answer();
    Response.ResponseBuilder replay =
        Response.status(answer.status()).header(REPLAYED, "true").type(MediaType.APPLICATION_JSON);
    if (answer.body() != null) {
      replay.entity(answer.body());
    }
    if (answer.location() != null) {
      replay.location(URI.create(answer.location()));
    }
    if (answer.etag() != null) {
      replay.tag(new EntityTag(answer.etag()));
    }
    return replay.build();
  }

  private static RecordedAnswer recorded(Response answer) {
    return new RecordedAnswer(
        answer.getStatus(),
        answer.hasEntity() ? answer.getEntity().toString() : null,
        answer.getLocation() == null ? null : answer.getLocation().toString(),
        answer.getEntityTag() == null ? null : answer.getEntityTag().getValue());
  }

  /** A key is 1 to 255 printable ASCII characters (space included), as the draft's examples. */
  static void checkKey(String key) {
    boolean valid =
        !key.isEmpty()
            && key.length() <= MAX_KEY_LENGTH
            && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    if (!valid) {
      throw new ProblemException(
          Problem.of(
              400,
              "Bad Request",
              "The Idempotency-Key header must hold 1 to 255 printable ASCII characters."));
    }
  }

  private static byte[] bytes(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      return body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
