package fr.orthocab.support.mail.outbox;

import fr.orthocab.support.customer.EmailKey;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether the current transaction may mail automatic answers. Whoever handles an incoming mail says
 * so ({@link #answeringMail(String)}): its automatic answers are limited per sender and hour (loop
 * protection), where those of a portal or API request, of an agent's or billing's action are not; a
 * mail that must not be answered automatically at all (an auto-reply, a bounce, a bulk or list
 * mail) is {@link #withhold(String) withheld}. Whoever writes an automatic notification asks in the
 * same transaction.
 */
@TransactionScoped
public class AutomaticAnswers implements Serializable {
  private static final long serialVersionUID = 1L;
  private String reason;
  private String answeredMailId;
  private final Map<String, Boolean> allowedTo = new HashMap<>();

  /** No automatic mail from this transaction, for that reason (kept for the logs). */
  public void withhold(String why) {
    this.reason = why;
  }

  public boolean withheld() {
    return reason != null;
  }

  /**
   * This transaction handles the incoming mail with that Message-ID: its automatic answers are
   * limited, and every mail it writes answers that one (In-Reply-To).
   */
  public void answeringMail(String messageId) {
    this.answeredMailId = messageId;
  }

  public boolean isAnsweringMail() {
    return answeredMailId != null;
  }

  /** The Message-ID of the incoming mail this transaction handles, or null. */
  public String answeredMailId() {
    return answeredMailId;
  }

  /**
   * Whether this transaction may write automatic answers to that address: asked once per address
   * (the check counts earlier mails), then the same answer for every notice of the transaction, so
   * that one incoming mail gets all of its answers or none. The check is given the address's lookup
   * form ({@link EmailKey}): letter case does not make another mailbox.
   */
  public boolean allowedTo(String address, Predicate<String> check) {
    return allowedTo.computeIfAbsent(EmailKey.of(address), check::test);
  }

  /** Why automatic mail is withheld, or null. */
  public String reason() {
    return reason;
  }
}
