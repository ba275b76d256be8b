package fr.orthocab.support.mail.outbox;

import fr.orthocab.support.customer.Language;
import java.util.Objects;

/** Who a notification goes to: an address, the account behind it if any, and its language. */
public record Recipient(String email, Long accountId, Language language) {
  public Recipient {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("A recipient needs an email address");
    }
    Objects.requireNonNull(language, "language");
  }
}
