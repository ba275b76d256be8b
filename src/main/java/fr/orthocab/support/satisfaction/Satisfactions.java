package fr.orthocab.support.satisfaction;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.mail.outbox.OutboxTopic;
import fr.orthocab.support.mail.outbox.PersonalLinks;
import fr.orthocab.support.mail.outbox.Recipient;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.platform.Sha256;
import fr.orthocab.support.secrets.SecretMasking;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketNotFound;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketResolved;
import fr.orthocab.support.ticket.TicketStatus;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Entry point for satisfaction: asks the customer when an agent resolves their request, records
 * their answer from the mail's link (no login, once) or from the portal, one rating per request
 * whose latest answer wins. The mail's link follows the house's personal links: the token is made
 * when the mail leaves, 256 random bits of which only the SHA-256 is kept, so that no table holds a
 * link that works and a made-up token matches nothing.
 */
@Stateless
@LocalBean
@Local(PersonalLinks.class)
public class Satisfactions implements PersonalLinks {
  static final String REFERENCE = "satisfaction-link:";

  /** The page the mail's link opens, without login. */
  public static final String PAGE = "/satisfaction.xhtml";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private BaseUrl baseUrl;
  @Inject private Outbox outbox;
  @Inject private TicketReads reads;
  @Inject private Subscriptions subscriptions;

  /** An agent resolved a customer's request: the customer is asked by mail. */
  public void ask(@Observes TicketResolved resolved) {
    Ticket ticket = resolved.ticket();
    Customer customer = ticket.getCustomer();
    if (customer == null || !customer.isMailSatisfaction()) {
      // no mail by their choice: the request's page still asks
      return;
    }
    Instant now = clock.instant();
    SatisfactionLink link = new SatisfactionLink(ticket, now);
    em.persist(link);
    em.flush();
    Language language = customer.getLanguage();
    outbox.add(
        new OutboxMessage(
                OutboxTopic.SATISFACTION_REQUEST,
                new Recipient(customer.getEmail(), null, language),
                ticket.getId(),
                SatisfactionText.subject(language, ticket.getReference()),
                SatisfactionText.mailBody(
                    language,
                    ticket.getReference(),
                    OutboxMessage.LINK_MARK,
                    baseUrl.absolute("/portal/tickets/show.xhtml?id=" + ticket.getId())),
                now)
            .withPersonalLink(REFERENCE + link.getId())
            .automatic());
  }

  @Override
  public boolean handles(String reference) {
    return reference != null && reference.startsWith(REFERENCE);
  }

  /** A fresh link for the mail leaving now; the token of an earlier sending stops working. */
  @Override
  public String issue(String reference) {
    long id = Long.parseLong(reference.substring(REFERENCE.length()));
    SatisfactionLink link = em.find(SatisfactionLink.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (link == null) {
      throw new IllegalArgumentException("No satisfaction link " + id);
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    link.issued(Sha256.hex(token), clock.instant());
    return baseUrl.absolute(PAGE + "?token=" + token);
  }

  /** The link of that token, if it is one. */
  public Optional<SatisfactionLink> byToken(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "select l from SatisfactionLink l join fetch l.ticket where l.tokenHash = :hash",
            SatisfactionLink.class)
        .setParameter("hash", Sha256.hex(token))
        .getResultStream()
        .findFirst();
  }

  /** Where the link of that token stands now; empty when it is none. */
  public Optional<SatisfactionLink.State> stateOf(String token) {
    Instant now = clock.instant();
    return byToken(token).map(l -> l.stateAt(now));
  }

  /**
   * Records the answer given through a mail's link and uses the link up; empty when the token is
   * none, or was used, expired or replaced meanwhile (nothing recorded).
   */
  public Optional<SatisfactionRating> rateByLink(String token, @NotNull Rating rating) {
    Optional<SatisfactionLink> found = byToken(token);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SatisfactionLink link =
        em.find(SatisfactionLink.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(link);
    Instant now = clock.instant();
    if (link.stateAt(now) != SatisfactionLink.State.USABLE) {
      return Optional.empty();
    }
    link.use(now);
    return Optional.of(record(link.getTicket(), rating, RatedVia.MAIL, now));
  }

  /** The customer answers on their resolved or closed request's page. */
  public SatisfactionRating rateOnPortal(long ticketId, long customerId, @NotNull Rating rating) {
    Ticket ticket =
        reads.findForCustomer(ticketId, customerId).orElseThrow(() -> new TicketNotFound(ticketId));
    if (!askable(ticket)) {
      throw new IllegalArgumentException(ticket.getReference() + " is not resolved");
    }
    return record(ticket, rating, RatedVia.PORTAL, clock.instant());
  }

  /** Whether its customer may say if the answer helped: resolved by an agent, or closed since. */
  public static boolean askable(Ticket ticket) {
    return ticket.getResolvedAt() != null
        && (ticket.getStatus() == TicketStatus.RESOLVED
            || ticket.getStatus() == TicketStatus.CLOSED);
  }

  /** Adds (or replaces) the customer's words on that rating. */
  public SatisfactionRating comment(long ratingId, String text) {
    SatisfactionRating rating = em.find(SatisfactionRating.class, ratingId);
    if (rating == null) {
      throw new IllegalArgumentException("No rating " + ratingId);
    }
    // a comment is what a customer writes too: its secrets are masked before it is kept
    rating.comment(SecretMasking.mask(text).text());
    return rating;
  }

  public Optional<SatisfactionRating> ofTicket(long ticketId) {
    return em.createQuery(
            "select r from SatisfactionRating r where r.ticket.id = :ticket",
            SatisfactionRating.class)
        .setParameter("ticket", ticketId)
        .getResultStream()
        .findFirst();
  }

  private SatisfactionRating record(Ticket ticket, Rating rating, RatedVia via, Instant now) {
    Optional<SatisfactionRating> existing = ofTicket(ticket.getId());
    if (existing.isPresent()) {
      existing.get().rate(rating, via, now);
      return existing.get();
    }
    String pack =
        subscriptions.coverageOf(ticket.getCustomer(), now).pack().map(Pack::getCode).orElse(null);
    Instant resolvedAt = ticket.getResolvedAt() == null ? now : ticket.getResolvedAt();
    SatisfactionRating created = new SatisfactionRating(ticket, rating, via, pack, resolvedAt, now);
    em.persist(created);
    return created;
  }
}
