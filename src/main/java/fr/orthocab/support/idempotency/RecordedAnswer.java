package fr.orthocab.support.idempotency;

/**
 * The answer given to the first call with a key, as replayed: its status, JSON body, and the {@code
 * Location} and {@code ETag} it carried (each null when absent).
 */
public record RecordedAnswer(int status, String body, String location, String etag) {}
