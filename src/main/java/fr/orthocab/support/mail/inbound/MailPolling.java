package fr.orthocab.support.mail.inbound;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls the desk's mailbox every 15 seconds on every node (non-persistent: Payara Micro does not
 * coordinate timers across a cluster); each mail is claimed in the database, so two nodes polling
 * at once still act once. A poll still running when the next one is due makes that one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailPolling {
  private final AtomicBoolean running = new AtomicBoolean();

  @Inject private Mailbox mailbox;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
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
