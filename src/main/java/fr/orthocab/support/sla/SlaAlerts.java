package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.notification.NotificationKind;
import fr.orthocab.support.notification.Notifications;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import fr.orthocab.support.ticket.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who hears about a warning or a breach, through the outbox (in the sweep's transaction, so a
 * notification exists exactly when its event does). A warning goes to the ticket's assignee, or to
 * the team's address when nobody has it; a breach goes to every supervisor. The assignee also sees
 * warnings and breaches among their notifications. A missed objective is recorded without a
 * notification: the objective is an aim, not a promise.
 */
@Stateless
public class SlaAlerts {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'à' H' h 'mm", Locale.FRENCH)
          .withZone(ClockProducer.PARIS);

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @Inject private Notifications notifications;

  @Inject
  @ConfigProperty(name = "app.sla.team-email", defaultValue = "support@orthocab.fr")
  private String teamEmail;

  @Inject private BaseUrl baseUrl;

  /** The enabled supervisors, read once per sweep batch. */
  public List<Account> supervisors() {
    return em.createQuery(
            "select a from Account a where a.role = :role and a.enabled = true order by a.id",
            Account.class)
        .setParameter("role", Role.SUPERVISOR)
        .getResultList();
  }

  public void tell(
      SlaEvent event, SlaClock clock, Ticket ticket, List<Account> supervisors, Instant now) {
    switch (event.getKind()) {
      case OBJECTIVE_WARNING -> {
        warn(OutboxTopic.SLA_OBJECTIVE_WARNING, ticket, now, objectiveWarning(clock, ticket));
        tellAssignee(NotificationKind.SLA_WARNING, ticket);
      }
      case DEADLINE_WARNING -> {
        warn(OutboxTopic.SLA_DEADLINE_WARNING, ticket, now, deadlineWarning(clock, ticket));
        tellAssignee(NotificationKind.SLA_WARNING, ticket);
      }
      case DEADLINE_BREACHED -> {
        tellAssignee(NotificationKind.SLA_BREACHED, ticket);
        String[] text = breach(clock, ticket);
        for (Account supervisor : supervisors) {
          outbox.add(
              new OutboxMessage(
                  OutboxTopic.SLA_DEADLINE_BREACHED,
                  new Recipient(supervisor.getEmail(), supervisor.getId(), Language.FR),
                  ticket.getId(),
                  text[0],
                  text[1],
                  now));
        }
      }
      default -> {}
    }
  }

  /** On the assignee's screens too (the mail goes as above). */
  private void tellAssignee(NotificationKind kind, Ticket ticket) {
    if (ticket.getAssignee() != null) {
      notifications.tell(ticket.getAssignee(), kind, ticket, null);
    }
  }

  private void warn(OutboxTopic topic, Ticket ticket, Instant now, String[] text) {
    Account assignee = ticket.getAssignee();
    Recipient to =
        assignee != null && assignee.isEnabled()
            ? new Recipient(assignee.getEmail(), assignee.getId(), Language.FR)
            : new Recipient(teamEmail, null, Language.FR);
    outbox.add(new OutboxMessage(topic, to, ticket.getId(), text[0], text[1], now));
  }

  private String[] objectiveWarning(SlaClock clock, Ticket ticket) {
    return new String[] {
      "[%s] Objectif de réponse bientôt atteint".formatted(ticket.getReference()),
      """
      La demande %s « %s » de %s attend une réponse depuis le %s.
      Objectif de réponse (%s) : le %s.
      Délai contractuel : %s.

      %s
      """
          .formatted(
              ticket.getReference(),
              ticket.getSubject(),
              ticket.getRequesterName(),
              WHEN.format(clock.getStartedAt()),
              SlaWording.openingTime(clock.getPolicy().getObjectiveMinutes()),
              WHEN.format(clock.getObjectiveDueAt()),
              DeadlineWording.fr(clock.getDeadlineDueAt()),
              link(ticket))
    };
  }

  private String[] deadlineWarning(SlaClock clock, Ticket ticket) {
    return new String[] {
      "[%s] Délai contractuel proche".formatted(ticket.getReference()),
      """
      La demande %s « %s » de %s attend une réponse depuis le %s.
      Délai contractuel : %s. Il reste moins de %s d'ouverture.

      %s
      """
          .formatted(
              ticket.getReference(),
              ticket.getSubject(),
              ticket.getRequesterName(),
              WHEN.format(clock.getStartedAt()),
              DeadlineWording.fr(clock.getDeadlineDueAt()),
              SlaWording.openingTime(clock.getPolicy().getWarningBeforeDeadlineMinutes()),
              link(ticket))
    };
  }

  private String[] breach(SlaClock clock, Ticket ticket) {
    String assignee =
        ticket.getAssignee() == null ? "personne" : ticket.getAssignee().getDisplayName();
    return new String[] {
      "[%s] Délai contractuel dépassé (DELAY-MAX)".formatted(ticket.getReference()),
      """
      La demande %s « %s » de %s attend une réponse depuis le %s.
      Le délai contractuel (%d jours) est dépassé : la réponse était due %s.
      Attribuée à : %s.

      %s
      """
          .formatted(
              ticket.getReference(),
              ticket.getSubject(),
              ticket.getRequesterName(),
              WHEN.format(clock.getStartedAt()),
              clock.getPolicy().getDeadlineDays(),
              DeadlineWording.fr(clock.getDeadlineDueAt()),
              assignee,
              link(ticket))
    };
  }

  private String link(Ticket ticket) {
    return baseUrl.absolute("/admin/tickets/show.xhtml?id=" + ticket.getId());
  }
}
