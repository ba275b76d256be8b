package fr.orthocab.support.idempotency;

import jakarta.ejb.ApplicationException;

/**
 * Another call holds or held the key: the database refused the claim (or timed out waiting for it).
 * The call's transaction rolls back; its answer is read afterwards, in a transaction of its own,
 * from what the other call committed.
 */
@ApplicationException(rollback = true)
public class KeyTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final KeyedRequest request;

  KeyTaken(KeyedRequest request, Throwable cause) {
    super("Idempotency key taken by another call", cause);
    this.request = request;
  }

  public KeyedRequest request() {
    return request;
  }
}
