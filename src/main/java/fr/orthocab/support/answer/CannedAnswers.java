package fr.orthocab.support.answer;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.sla.SlaClock;
import fr.orthocab.support.sla.SlaClocks;
import fr.orthocab.support.sla.calendar.DeadlineWording;
import fr.orthocab.support.ticket.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point for canned answers: supervisors write, edit, withdraw and restore them; agents pick
 * one, filled for their request.
 */
@Stateless
public class CannedAnswers {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SlaClocks slaClocks;
  @Inject private BaseUrl baseUrl;

  /** Every answer, usable ones first, by clause (those of none last) then title. */
  public List<CannedAnswer> all() {
    return em.createQuery(
            "select a from CannedAnswer a order by a.withdrawn,"
                + " case when a.clause is null then 1 else 0 end, a.clause, a.title, a.id",
            CannedAnswer.class)
        .getResultList();
  }

  /** The answers agents can use, by title. */
  public List<CannedAnswer> usable() {
    return em.createQuery(
            "select a from CannedAnswer a where a.withdrawn = false order by a.title, a.id",
            CannedAnswer.class)
        .getResultList();
  }

  public Optional<CannedAnswer> find(long id) {
    return Optional.ofNullable(em.find(CannedAnswer.class, id));
  }

  @RolesAllowed("SUPERVISOR")
  public CannedAnswer write(@NotNull @Valid AnswerText text, @NotNull String by) {
    checkPlaceholders(text);
    CannedAnswer answer = new CannedAnswer(text, by, clock.instant());
    em.persist(answer);
    return answer;
  }

  @RolesAllowed("SUPERVISOR")
  public CannedAnswer edit(
      long id, long expectedVersion, @NotNull @Valid AnswerText text, @NotNull String by) {
    checkPlaceholders(text);
    CannedAnswer answer = current(id, expectedVersion);
    answer.write(text, by, clock.instant());
    return answer;
  }

  @RolesAllowed("SUPERVISOR")
  public CannedAnswer withdraw(long id, long expectedVersion, @NotNull String by) {
    CannedAnswer answer = current(id, expectedVersion);
    answer.withdraw(by, clock.instant());
    return answer;
  }

  @RolesAllowed("SUPERVISOR")
  public CannedAnswer restore(long id, long expectedVersion, @NotNull String by) {
    CannedAnswer answer = current(id, expectedVersion);
    answer.restore(by, clock.instant());
    return answer;
  }

  /**
   * The answer made for that request: in its requester's language, the placeholders filled with
   * their name, the reference, the reply's deadline in words (or "as soon as possible" with no
   * clock running) and the link to the request on the portal.
   */
  public FilledAnswer fill(long answerId, Ticket ticket) {
    CannedAnswer answer = find(answerId).filter(a -> !a.isWithdrawn()).orElseThrow();
    Language language = ticket.requesterLanguage();
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    values.put(Placeholder.FIRST_NAME, orEmpty(firstName(ticket)));
    values.put(Placeholder.SURNAME, orEmpty(surname(ticket)));
    values.put(Placeholder.REFERENCE, ticket.getReference());
    values.put(Placeholder.DUE, due(ticket, language));
    values.put(
        Placeholder.PORTAL, baseUrl.absolute("/portal/tickets/show.xhtml?id=" + ticket.getId()));
    return new FilledAnswer(
        answer.getId(),
        answer.getTitle(),
        AnswerFilling.fill(answer.body(language), values),
        answer.getStatusAfter(),
        answer.getInternalNote());
  }

  private String due(Ticket ticket, Language language) {
    Optional<SlaClock> clock = slaClocks.of(ticket.getId()).filter(SlaClock::isRunning);
    if (clock.isEmpty()) {
      return language == Language.EN ? "as soon as possible" : "dans les meilleurs délais";
    }
    return language == Language.EN
        ? DeadlineWording.en(clock.get().getDeadlineDueAt())
        : DeadlineWording.fr(clock.get().getDeadlineDueAt());
  }

  private static String firstName(Ticket ticket) {
    return ticket.getCustomer() != null
        ? ticket.getCustomer().getFirstName()
        : ticket.getSenderFirstName();
  }

  private static String surname(Ticket ticket) {
    return ticket.getCustomer() != null
        ? ticket.getCustomer().getSurname()
        : ticket.getSenderSurname();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private CannedAnswer current(long id, long expectedVersion) {
    CannedAnswer answer = find(id).orElseThrow(() -> new AnswerChangedMeanwhile(id));
    if (answer.getVersion() != expectedVersion) {
      throw new AnswerChangedMeanwhile(id);
    }
    return answer;
  }

  private static void checkPlaceholders(AnswerText text) {
    Set<String> unknown = new LinkedHashSet<>(AnswerFilling.unknown(text.bodyFr()));
    unknown.addAll(AnswerFilling.unknown(text.bodyEn()));
    if (!unknown.isEmpty()) {
      throw new AnswerRefused(unknown);
    }
  }
}
