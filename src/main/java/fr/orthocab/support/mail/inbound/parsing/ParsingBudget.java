package fr.orthocab.support.mail.inbound.parsing;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What reading one mail may cost: a time from the moment it starts, so that no mail can hold the
 * mailbox's poller (and every mail behind it) for more than a few seconds. Checked between parts
 * and stages; each stage is linear in a bounded size, so none runs long on its own. The parts a
 * mail is cut into are counted too: at most {@value #MAX_PARTS}, at every depth together.
 */
public final class ParsingBudget {
  /** More parts than any person's mail has, attachments and inline images included. */
  static final int MAX_PARTS = 500;

  private final Duration time;
  private final LongSupplier nanoTime;
  private final long deadline;
  private int parts;

  ParsingBudget(Duration time, LongSupplier nanoTime) {
    this.time = Objects.requireNonNull(time, "time");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.deadline = nanoTime.getAsLong() + time.toNanos();
  }

  /** A budget of that much time, starting now. */
  public static ParsingBudget of(Duration time) {
    return new ParsingBudget(time, System::nanoTime);
  }

  /** Fails the mail once its time is spent. */
  void check(String stage) throws MailBeyondLimits {
    if (nanoTime.getAsLong() - deadline > 0) {
      throw new MailBeyondLimits(
          "Lecture interrompue après " + time.toMillis() + " ms (" + stage + ").");
    }
  }

  /** One more part cut out of the mail; fails it past the limit or once its time is spent. */
  void onePartMore() throws MailBeyondLimits {
    if (++parts > MAX_PARTS) {
      throw new MailBeyondLimits("Plus de " + MAX_PARTS + " parties MIME : non lu.");
    }
    check("partie " + parts);
  }
}
