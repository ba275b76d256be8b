package fr.orthocab.support.mail.inbound;

import fr.orthocab.support.platform.Cadence;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls the desk's mailbox every 15 seconds ({@link Cadence.Job#MAIL_POLLING}) on every node
 * (non-persistent: Payara Micro does not coordinate timers across a cluster); each mail is claimed
 * in the database, so two nodes polling at once still act once. A poll still running when the next
 * one is due makes that one skip.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailPolling {
  private final AtomicBoolean running = new AtomicBoolean();

  @Inject private Mailbox mailbox;
  @Inject private Cadence cadence;
  @Resource private TimerService timers;

  @PostConstruct
  void startTimer() {
    cadence.start(timers, Cadence.Job.MAIL_POLLING);
  }

  @Timeout
  void poll() {
    if (running.compareAndSet(false, true)) {
      try {
        mailbox.poll();
      } finally {
        running.set(false);
      }
    }
  }
}
