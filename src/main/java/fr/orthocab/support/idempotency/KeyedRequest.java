package fr.orthocab.support.idempotency;

import fr.orthocab.support.platform.Sha256;

/**
 * A call sent with an idempotency key, as the desk remembers it: a hash naming the key in its scope
 * (the caller's token, the endpoint) and the SHA-256 of the body. Neither the token nor the body is
 * kept.
 */
public record KeyedRequest(String keyHash, String bodyHash) {
  /**
   * @param client what identifies the caller, such as its token
   * @param endpoint the method and path called, such as {@code POST tickets}
   * @param key the caller's idempotency key
   * @param body the request body's bytes
   */
  public static KeyedRequest of(String client, String endpoint, String key, byte[] body) {
    return new KeyedRequest(
        Sha256.hex(Sha256.hex(client) + "\n" + endpoint + "\n" + key), Sha256.hex(body));
  }
}
