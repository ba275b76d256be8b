package fr.orthocab.support.account;

import java.security.SecureRandom;
import java.util.Base64;

/** The random part of a personal link: 256 bits, URL-safe, made fresh for each mail. */
final class LinkTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkTokens() {}

  static String next() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
