package fr.orthocab.support.outbox;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * Whether the current transaction may mail automatic answers. Whoever handles a mail that must not
 * be answered automatically (an auto-reply, a bounce, a bulk or list mail: loop protection) calls
 * {@link #withhold(String)} before handing it on; whoever writes an automatic notification asks
 * {@link #withheld()} in the same transaction.
 */
@TransactionScoped
public class AutomaticAnswers implements Serializable {
  private static final long serialVersionUID = 1L;
  private String reason;

  /** No automatic mail from this transaction, for that reason (kept for the logs). */
  public void withhold(String why) {
    this.reason = why;
  }

  public boolean withheld() {
    return reason != null;
  }

  /** Why automatic mail is withheld, or null. */
  public String reason() {
    return reason;
  }
}
