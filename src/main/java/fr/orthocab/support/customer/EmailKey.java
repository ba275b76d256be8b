package fr.orthocab.support.customer;

import java.util.Locale;

/** The form of a login email used for lookups and uniqueness: trimmed and lower-cased. */
public final class EmailKey {
  private EmailKey() {}

  public static String of(String email) {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("An email address is required");
    }
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
