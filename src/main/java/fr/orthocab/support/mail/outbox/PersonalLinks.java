package fr.orthocab.support.mail.outbox;

/**
 * Makes the personal link of a mail (an invitation, a password reset) at the moment the mail
 * leaves, so that no table, outbox included, ever holds a link that works: the outbox keeps the
 * body with {@link OutboxMessage#LINK_MARK} where the link goes, and a reference such as {@code
 * password-link:42} that one implementation {@link #handles}. Each sending makes a new link, and
 * the one sent before stops working.
 */
public interface PersonalLinks {
  boolean handles(String reference);

  /** A fresh, absolute link for that reference. */
  String issue(String reference);
}
