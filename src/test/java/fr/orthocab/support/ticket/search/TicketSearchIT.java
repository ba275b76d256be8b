package fr.orthocab.support.ticket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.testing.Concurrently;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.QueueFilter;
import fr.orthocab.support.ticket.QueueFilter.AssigneeFilter;
import fr.orthocab.support.ticket.QueueOrder;
import fr.orthocab.support.ticket.SearchDocuments;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketQueue;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search on the real database (H2, or PostgreSQL's index): documents kept in the transaction that
 * writes the text, the desk's French analysis on both sides, best match first, every queue filter
 * combined with words, merges and the sweep over tickets older than search. Each test's tickets
 * carry a word of their own, so that other tests' tickets never match.
 */
@ExtendWith(ArquillianExtension.class)
class TicketSearchIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads threads;
  @Inject private TicketQueue queue;
  @Inject private SearchDocuments documents;
  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;
  @Inject private Accounts accounts;
  @Inject private TicketFlags flags;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;
  @Resource private ManagedExecutorService executor;
  private final AtomicInteger next = new AtomicInteger();

  /**
   * Consonants only, from a random number, so that it stays one term of its own whatever the
   * analysis (no plural, no emphasis to undo).
   */
  private final String mark = mark();

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void accentsPluralsAndAbbreviationsFindOneAnother() {
    Customer customer = customer("Durand", Pack.FREE);
    Ticket written = open(customer, "Problèmes de rappels SMS " + mark, "Les SMS ne partent plus.");
    Ticket abbreviated = open(customer, "pb de rdv " + mark, "Le rendez-vous est perdu.");

    assertEquals(List.of(written.getId()), found("probleme rappel " + mark));
    assertEquals(List.of(written.getId()), found("PROBLÈME Rappels " + mark));
    assertEquals(
        Set.of(written.getId(), abbreviated.getId()), Set.copyOf(found("problemes " + mark)));
    assertEquals(List.of(abbreviated.getId()), found("rendez-vous " + mark));
    assertEquals(List.of(), found("le de w" + mark), "stop words and an unknown word");
  }

  @Test
  void repliesNotesAndCommentsAreFoundAtOnceButNotTheDesksOwnNotices() {
    Customer customer = customer("Bernard", Pack.FREE);
    Ticket ticket = open(customer, "Question " + mark, "Bonjour");
    long agent = agent("lucie");
    tickets.reply(ticket.getId(), version(ticket), agent, "Essayez la synchronisation agenda");
    tickets.note(ticket.getId(), version(ticket), agent, "Voir le connecteur Doctolib");
    tickets.comment(ticket.getId(), customer.getId(), "Toujours des factures en double");
    tickets.tellCustomer(
        ticketReads.find(ticket.getId()).orElseThrow(),
        fr.orthocab.support.ticket.NoticeKind.AGENT_REPLY,
        "Votre abonnement expire bientôt");

    assertEquals(List.of(ticket.getId()), found("synchronisations " + mark));
    assertEquals(List.of(ticket.getId()), found("doctolib " + mark));
    assertEquals(List.of(ticket.getId()), found("facture " + mark));
    assertEquals(List.of(), found("abonnement " + mark));
  }

  @Test
  void theBestMatchComesFirst() {
    Customer customer = customer("Petit", Pack.FREE);
    Ticket once = open(customer, "Agenda " + mark, "Une question.");
    Ticket thrice = open(customer, "Export agenda " + mark, "L'agenda, encore l'agenda.");

    assertEquals(List.of(thrice.getId(), once.getId()), found("agendas " + mark));
  }

  @Test
  void wordsCombineWithStatusAssigneePackFlagAndDates() {
    Customer free = customer("Roux", Pack.FREE);
    Customer telesoin = customer("Moreau", Pack.TELESOIN);
    Ticket plain = open(free, "Visio coupée " + mark, "La visio coupe.");
    Ticket assigned = open(telesoin, "Visio floue " + mark, "Image floue en visio.");
    Account agent = accounts.openForStaff(mark + "@orthocab.fr", "Lucie", Role.AGENT, pwd());
    tickets.assign(assigned.getId(), version(assigned), agent.getId());
    flags.raise(
        ticketReads.find(plain.getId()).orElseThrow(),
        null,
        FlagKind.EXTERNAL_PRODUCT,
        "Zoom",
        "test",
        now);
    String words = "visioconference " + mark;

    assertEquals(
        List.of(assigned.getId()),
        found(filter(words, AssigneeFilter.agent(mark.toUpperCase() + "@orthocab.fr"))));
    assertEquals(List.of(plain.getId()), found(filter(words, AssigneeFilter.nobody())));
    assertEquals(
        List.of(assigned.getId()),
        found(new QueueFilter(Set.of(), null, words, null, null, Pack.TELESOIN, null, null, null)));
    assertEquals(
        List.of(plain.getId()),
        found(
            new QueueFilter(
                Set.of(), null, words, null, null, null, FlagKind.EXTERNAL_PRODUCT, null, null)));
    assertEquals(
        List.of(plain.getId()),
        found(
            new QueueFilter(
                Set.of(TicketStatus.OPEN),
                null,
                words,
                free.getEmail(),
                null,
                null,
                null,
                now.minusSeconds(60),
                now.plusSeconds(60))));
    assertEquals(
        List.of(),
        found(new QueueFilter(Set.of(), null, words, null, null, null, null, null, now)));
    assertEquals(2, queue.count(filter(words, null)));
  }

  @Test
  void aMergedThreadIsFoundOnTheOriginal() {
    Customer customer = customer("Lefèvre", Pack.FREE);
    Ticket original = open(customer, "Facturation " + mark, "Facture manquante");
    Ticket duplicate = open(customer, "Encore " + mark, "Le logiciel plante au démarrage");

    tickets.merge(duplicate.getId(), version(duplicate), original.getId());

    assertEquals(List.of(original.getId()), found("logiciels demarrage " + mark));
  }

  @Test
  void ticketsOlderThanSearchAreIndexedOnceBySweeping() throws Exception {
    Customer customer = customer("Garnier", Pack.FREE);
    Ticket ticket = open(customer, "Ancienne demande " + mark, "Impression des bilans");
    long agent = agent("thomas");
    tx.begin();
    em.createNativeQuery("update ticket_search set terms = null where ticket_id = ?")
        .setParameter(1, ticket.getId())
        .executeUpdate();
    tx.commit();
    tickets.reply(ticket.getId(), version(ticket), agent, "Le module d'impressions est corrigé");
    assertEquals(List.of(), found("bilan " + mark), "not yet indexed");

    while (documents.indexPending(500) > 0) {
      // every waiting document, this test's among them
    }

    assertEquals(List.of(ticket.getId()), found("bilans impression corrige " + mark));
  }

  private static String mark() {
    String consonants = "bcdfghjklmnpqrtv";
    StringBuilder mark = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
      char next = consonants.charAt(Character.digit(c, 16));
      if (next != mark.charAt(mark.length() - 1)) {
        mark.append(next);
      }
    }
    return mark.toString();
  }

  /**
   * Comments sent at once on one request (a ticket's version lets those that lost the race fail):
   * every comment kept is found, none lost by another's write of the document.
   */
  @Test
  void everyCommentKeptFromOnesWrittenAtOnceIsFound() throws Exception {
    Customer customer = customer("Faure", Pack.FREE);
    Ticket ticket = open(customer, "Plusieurs messages " + mark, "Bonjour");
    List<String> words = List.of("tablette", "imprimante", "navigateur", "camera", "microphone");

    Concurrently.run(
        executor,
        words.size(),
        () -> {
          int i = next.getAndIncrement();
          return tickets.comment(ticket.getId(), customer.getId(), "Souci de " + words.get(i));
        },
        null);

    List<String> kept =
        words.stream()
            .filter(
                word ->
                    threads.fullThread(ticket.getId()).stream()
                        .anyMatch(m -> m.getBody().contains(word)))
            .toList();
    assertTrue(!kept.isEmpty(), "at least one comment kept");
    for (String word : kept) {
      assertEquals(List.of(ticket.getId()), found(word + " " + mark), word);
    }
  }

  private List<Long> found(String words) {
    return found(filter(words, null));
  }

  private List<Long> found(QueueFilter filter) {
    return queue.page(filter, QueueOrder.RELEVANCE, true, 0, 50).stream()
        .map(Ticket::getId)
        .toList();
  }

  private static QueueFilter filter(String words, AssigneeFilter assignee) {
    return new QueueFilter(Set.of(), null, words, null, assignee, null, null, null, null);
  }

  private Customer customer(String surname, String packCode) {
    Customer customer =
        customers.register(
            new Customer(
                surname,
                "Test",
                surname.toLowerCase() + "." + mark + "@example.fr",
                Language.FR,
                now));
    LocalDate today = LocalDate.now();
    subscriptions.subscribe(customer, packCode, today.minusDays(10), today.plusDays(10));
    return customer;
  }

  private Ticket open(Customer customer, String subject, String body) {
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(), subject, TicketCategory.OTHER, TicketChannel.PORTAL, body, now),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  private long agent(String name) {
    return accounts
        .openForStaff(name + "." + mark + "@orthocab.fr", name, Role.AGENT, pwd())
        .getId();
  }

  private static char[] pwd() {
    return "x".toCharArray();
  }

  private long version(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow().getVersion();
  }
}
