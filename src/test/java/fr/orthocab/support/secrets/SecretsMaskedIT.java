package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.InboundMails.Receipt;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.testing.TextColumnsScan;
import fr.orthocab.support.ticket.AuthorKind;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Sender;
import fr.orthocab.support.ticket.SenderRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail, a portal request, an API request and a comment holding a password, a NIR, a card and an
 * IBAN: every text column of every table is then scanned for the raw secrets, and none is found;
 * the stored texts read the placeholders; the customer is told once; the dashboard's counts rise.
 */
@ExtendWith(ArquillianExtension.class)
class SecretsMaskedIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private InboundMails inboundMails;
  @Inject private Intake intake;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private TicketThreads threads;
  @Inject private TestCustomers customers;
  @Inject private AsSupervisor asSupervisor;
  @Inject private Maskings maskings;

  @Resource(lookup = "java:app/jdbc/support")
  private DataSource dataSource;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final Random random = new Random();
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  @Test
  void aMailHoldingAPasswordAndANirLeavesNoneOfThemInAnyTable() throws Exception {
    Customer claire = customer();
    String password = "Zq" + unique + "!9";
    String nir = nir();
    String subjectNir = nir();
    Map<SecretKind, Long> before = maskings.countsByKind();
    Receipt receipt =
        inboundMails.receive(
            mail(
                claire.getEmail(),
                "Carte vitale refusée pour le patient " + subjectNir + " — à voir",
                "Bonjour,\nmon mot de passe est "
                    + password
                    + " et le NIR du patient : "
                    + spaced(nir)
                    + ".\nMerci."));
    Ticket ticket = opened.add(ticketReads.find(receipt.ticketId()).orElseThrow());

    assertEquals(
        "Bonjour,\nmon mot de passe est [mot de passe masqué] et le NIR du patient :"
            + " [n° de sécurité sociale masqué].\nMerci.",
        threads.request(ticket.getId()).getBody());
    assertEquals(
        "Carte vitale refusée pour le patient [n° de sécurité sociale masqué] — à voir",
        ticket.getSubject());
    InboundMail kept =
        asSupervisor.call(() -> inboundMails.ofTicket(ticket.getId())).stream()
            .findFirst()
            .orElseThrow();
    assertTrue(kept.getOriginalText().contains("[mot de passe masqué]"), kept.getOriginalText());
    assertTrue(
        kept.getOriginalHeaders().contains("Subject: Carte vitale refusée pour le patient [n°"),
        "the raw Subject header, encoded by the sender, is kept decoded and masked");
    assertFalse(kept.getOriginalHeaders().contains(encoded("patient " + subjectNir)));
    assertTrue(told(ticket), "the customer is told, kindly, never to send them");
    Map<SecretKind, Long> after = maskings.countsByKind();
    assertTrue(after.get(SecretKind.PASSWORD) >= before.get(SecretKind.PASSWORD) + 1);
    assertTrue(after.get(SecretKind.NIR) >= before.get(SecretKind.NIR) + 2);

    assertNoTableHolds(password, nir, spaced(nir), subjectNir);
  }

  @Test
  void portalAndApiRequestsAndCommentsHoldingSecretsLeaveNoneOfThemAndTellTheCustomerOnce()
      throws Exception {
    Customer claire = customer();
    String password = "Mx" + unique + "#4";
    String nir = nir();
    String card = "4970 1012 3456 7893";
    String iban = "FR76 3000 6000 0112 3456 7890 189";
    Ticket portal =
        opened.add(
            intake.receive(
                new NewRequest(
                    claire.getId(),
                    "Télétransmission : NIR " + nir + " refusé",
                    TicketCategory.OTHER,
                    TicketChannel.PORTAL,
                    "Bonjour, MDP : " + password + "\nLe patient " + spaced(nir) + " est refusé.",
                    Instant.now())));
    assertEquals(
        "Bonjour, MDP : [mot de passe masqué]\nLe patient [n° de sécurité sociale masqué] est"
            + " refusé.",
        threads.request(portal.getId()).getBody());
    assertEquals(
        "Télétransmission : NIR [n° de sécurité sociale masqué] refusé", portal.getSubject());
    assertTrue(told(portal));

    tickets.comment(
        portal.getId(), claire.getId(), "J'ai payé avec la carte " + card + ", IBAN " + iban);
    Ticket api =
        opened.add(
            intake.receiveFrom(
                new SenderRequest(
                    new Sender(claire.getEmail(), null, null),
                    "Accès au portail",
                    TicketCategory.OTHER,
                    TicketChannel.API,
                    "my password is " + password + "2",
                    Instant.now())));
    assertEquals("my password is [mot de passe masqué]", threads.request(api.getId()).getBody());
    assertFalse(told(api), "told once: not on the second request");
    assertEquals(
        1,
        threads.publicThread(portal.getId()).stream().filter(m -> isNotice(m)).count(),
        "nor on the comment");
    assertTrue(
        threads.publicThread(portal.getId()).stream()
            .anyMatch(
                m ->
                    m.getBody()
                        .equals(
                            "J'ai payé avec la carte [n° de carte bancaire masqué], IBAN [IBAN"
                                + " masqué]")));

    assertNoTableHolds(
        password, password + "2", nir, spaced(nir), card, card.replace(" ", ""), iban);
  }

  private boolean told(Ticket ticket) {
    return threads.publicThread(ticket.getId()).stream().anyMatch(this::isNotice);
  }

  private boolean isNotice(Message m) {
    return m.getAuthorKind() == AuthorKind.SYSTEM
        && (m.getBody().contains(Maskings.notice(fr.orthocab.support.customer.Language.FR))
            || m.getBody().contains(Maskings.notice(fr.orthocab.support.customer.Language.EN)));
  }

  @Test
  void theScanFindsWhatIsStoredAsWritten() throws Exception {
    Customer claire = customer();
    assertFalse(
        tablesHolding(claire.getEmail()).isEmpty(), "the scan reads the tables the desk writes");
  }

  private void assertNoTableHolds(String... secrets) throws SQLException {
    assertEquals(List.of(), tablesHolding(secrets));
  }

  /** Every text column of every table of the desk's schema holding any of those strings. */
  private List<String> tablesHolding(String... secrets) throws SQLException {
    return TextColumnsScan.holding(dataSource, secrets);
  }

  /** A valid NIR of this run: a woman born in 1984 in Corsica (2A) half the time. */
  private String nir() {
    String dept = random.nextBoolean() ? "2A" : "75";
    String body =
        "2"
            + "84"
            + String.format("%02d", 1 + random.nextInt(12))
            + dept
            + String.format("%03d", 1 + random.nextInt(999))
            + String.format("%03d", 1 + random.nextInt(999));
    long n = Long.parseLong(body.replace("2A", "19"));
    return body + String.format("%02d", 97 - n % 97);
  }

  private static String spaced(String nir) {
    return String.join(
        " ",
        nir.substring(0, 1),
        nir.substring(1, 3),
        nir.substring(3, 5),
        nir.substring(5, 7),
        nir.substring(7, 10),
        nir.substring(10, 13),
        nir.substring(13));
  }

  private static String encoded(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private Customer customer() {
    LocalDate today = LocalDate.now();
    return customers.subscribed(Pack.TELESOIN, today.minusDays(10), today.plusDays(300));
  }

  /** A mail whose subject the sender's program encoded (RFC 2047), as it does for accents. */
  private byte[] mail(String from, String subject, String body) {
    String text =
        "From: "
            + from
            + "\nTo: support@orthocab.fr\nSubject: =?UTF-8?B?"
            + encoded(subject)
            + "?=\nMessage-ID: <it-secrets-"
            + unique
            + "-"
            + random.nextInt(1_000_000)
            + "@mail.example.fr>\nDate: Thu, 26 Nov 2026 10:00:00 +0100\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\n\n"
            + body
            + "\n";
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
