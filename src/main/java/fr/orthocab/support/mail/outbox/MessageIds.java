package fr.orthocab.support.mail.outbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Message-IDs of the desk's mails: unguessable, so that nobody can forge a reply's thread. */
final class MessageIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private MessageIds() {}

  /** A new Message-ID in angle brackets, {@code <random hex@domain>}. */
  static String next(String domain) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "<" + HexFormat.of().formatHex(bytes) + "@" + domain + ">";
  }
}
