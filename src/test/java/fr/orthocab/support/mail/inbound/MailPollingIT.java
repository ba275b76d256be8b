package fr.orthocab.support.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.WebClient;
import fr.orthocab.support.testing.Webhook;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk polling a real IMAP mailbox (GreenMail in the test JVM), mails sent to it over SMTP:
 * what customers and agents then see over HTTP. The shared desk, wired to that mailbox and sending
 * through the same server, so that its answers land in the senders' mailboxes (see {@link
 * SharedMail}).
 */
@ExtendWith(SharedDesk.class)
class MailPollingIT {
  private static final String SUPPORT = SharedMail.SUPPORT;

  private static final int TOO_LARGE = SharedMail.MAX_MESSAGE_BYTES;
  private static final String TRUSTED_AUTHSERV_ID = SharedMail.TRUSTED_AUTHSERV_ID;

  /** The desk polls every 15 s: a mail behind a hostile one is a request within two polls. */
  private static final Duration TWO_POLLS = Duration.ofSeconds(2 * 15 + 10);

  private final DeskServer desk;
  private final SharedMail mailServer;

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> opened = new ArrayList<>();
  private ApiClient api;

  MailPollingIT(DeskServer desk, SharedMail mailServer) {
    this.desk = desk;
    this.mailServer = mailServer;
  }

  @AfterEach
  void closeWhatWasOpened() {
    for (String reference : opened) {
      api().post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  @Test
  void aMailedRequestBecomesATicketThatAgentsSeeInTheirQueue() {
    String email = customer("Durand", "Camille");
    send(
        mail(
            email,
            "<q-" + unique + "@example.fr>",
            "Export impossible",
            null,
            "Bonjour,\nl'export échoue."));

    JsonObject ticket = awaitTickets(email, 1).get(0);
    assertEquals("EMAIL", ticket.getString("channel"));
    assertEquals("OPEN", ticket.getString("status"));
    assertEquals("Export impossible", ticket.getString("subject"));
    String reference = ticket.getString("reference");

    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    HttpResponse<String> queue = lucie.open("/admin/tickets/queue.xhtml");
    assertEquals(200, queue.statusCode());
    assertTrue(queue.body().contains(reference), "the queue shows " + reference);
    String mailed = lucie.open("/admin/tickets/show.xhtml?id=" + number(reference)).body();
    assertTrue(mailed.contains("Emails reçus du demandeur"), mailed);
    assertTrue(mailed.contains("Nouvelle demande"), "the mail's outcome is shown");

    HttpResponse<String> byApi =
        api()
            .post(
                "/api/tickets",
                "{\"customerEmail\":\""
                    + email
                    + "\",\"subject\":\"Par l'API\",\"body\":\"Sans mail.\"}");
    assertEquals(201, byApi.statusCode(), byApi.body());
    String apiReference = ApiClient.json(byApi).getString("reference");
    opened.add(apiReference);
    HttpResponse<String> withoutMail =
        lucie.open("/admin/tickets/show.xhtml?id=" + number(apiReference));
    assertEquals(200, withoutMail.statusCode());
    assertTrue(withoutMail.body().contains(apiReference));
    assertFalse(
        withoutMail.body().contains("Emails reçus du demandeur"), "no mail received on that one");
    assertTrue(
        withoutMail.body().contains("Emails envoyés au demandeur")
            && withoutMail.body().contains("Accusé de réception"),
        "the acknowledgement mailed to the requester is listed with its thread headers");
    awaitAllSeen();
  }

  @Test
  void theSameMailDeliveredTwiceMakesOneTicketAndRepliesThreadIntoIt() throws Exception {
    String email = customer("Bernard", "Lou");
    String first = "<twice-" + unique + "@example.fr>";
    byte[] raw = mail(email, first, "Agenda vide", null, "L'agenda est vide.");
    send(raw);
    send(raw);
    String reference = awaitTickets(email, 1).get(0).getString("reference");
    awaitAllSeen();
    assertEquals(1, tickets(email).size(), "one ticket for the mail delivered twice");
    String acknowledgement =
        await(
                () ->
                    mailsTo(email).stream()
                        .filter(m -> subjectOf(m).contains("[" + reference + "]"))
                        .findFirst()
                        .orElse(null))
            .getMessageID();

    // a reply proves its sender by answering the desk's mail...
    send(
        mail(
            email,
            "<reply1-" + unique + "@example.fr>",
            "Re: Agenda vide",
            acknowledgement,
            "Toujours vide.\n\nLe jeu. 26 nov. 2026 à 10:02, " + email + " a écrit :\n> L'agenda"));
    // ...or by its domain, which the receiving server authenticated
    send(
        bytes(
            "Authentication-Results: "
                + TRUSTED_AUTHSERV_ID
                + "; dmarc=pass header.from="
                + email.substring(email.indexOf('@') + 1)
                + "\n"
                + headers(
                    email,
                    "<reply2-" + unique + "@example.fr>",
                    "Re: [" + reference + "] Agenda vide",
                    null)
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "Et maintenant il plante.\n"));
    List<String> customerMessages =
        await(
            () -> {
              List<String> bodies = customerMessages(reference);
              return bodies.size() == 3 ? bodies : null;
            });
    assertEquals(
        List.of("L'agenda est vide.", "Toujours vide.", "Et maintenant il plante."),
        customerMessages);
    assertEquals(1, tickets(email).size());
  }

  @Test
  void agentsReadTheMailWithItsHeadersAndDownloadItsFilesSafely() throws Exception {
    String email = customer("Petit", "Léa");
    String name = "<img src=x onerror=alert(1)>.png";
    String boundary = "b-" + unique;
    String raw =
        headers(email, "<att-" + unique + "@example.fr>", "Capture", null)
            + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
            + boundary
            + "\"\n\n--"
            + boundary
            + "\nContent-Type: text/plain; charset=UTF-8\n\nVoici la capture.\n--"
            + boundary
            + "\nContent-Type: image/png\nContent-Disposition: attachment; filename=\""
            + name
            + "\"\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getEncoder()
                .encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
            + "\n--"
            + boundary
            + "--\n";
    send(bytes(raw));
    JsonObject ticket = awaitTickets(email, 1).get(0);
    String id = number(ticket.getString("reference"));

    WebClient nadia = new WebClient(desk);
    nadia.login(Demo.NADIA, Demo.PASSWORD);
    String page = nadia.open("/admin/tickets/show.xhtml?id=" + id).body();
    assertTrue(page.contains("Emails reçus du demandeur"), page);
    assertTrue(page.contains("Message-ID: &lt;att-" + unique), "original headers, escaped");
    assertFalse(page.contains(name), "the file name is never markup");
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;.png"));
    Matcher link = Pattern.compile("attachment\\?id=(\\d+)").matcher(page);
    assertTrue(link.find(), page);

    HttpResponse<String> file = nadia.get("/admin/tickets/attachment?id=" + link.group(1));
    assertEquals(200, file.statusCode());
    assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
    String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
    assertTrue(
        disposition.contains("filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.png"),
        disposition);

    WebClient customer = new WebClient(desk);
    customer.login(Demo.CLAIRE, Demo.PASSWORD);
    assertEquals(403, customer.get("/admin/tickets/attachment?id=" + link.group(1)).statusCode());
  }

  @Test
  void aMailedRequestIsAcknowledgedByMailAndTheReplyToThatMailThreads() throws Exception {
    String email = customer("Bernard", "Alice");
    String request = "<ack-" + unique + "@example.fr>";
    send(mail(email, request, "Agenda figé", null, "Bonjour,\nl'agenda est figé."));
    String reference = awaitTickets(email, 1).get(0).getString("reference");

    MimeMessage ack =
        await(
            () ->
                mailsTo(email).stream()
                    .filter(m -> subjectOf(m).contains("[" + reference + "]"))
                    .findFirst()
                    .orElse(null));
    assertEquals("auto-replied", ack.getHeader("Auto-Submitted", null));
    assertEquals(request, ack.getHeader("In-Reply-To", null), "it answers the customer's mail");
    String text = (String) ack.getContent();
    assertTrue(text.contains(reference) && text.contains("au plus tard le"), text);

    send(
        mail(
            email,
            "<re-" + unique + "@example.fr>",
            "Re: sans référence",
            ack.getMessageID(),
            "Toujours figé ce matin."));
    await(() -> customerMessages(reference).contains("Toujours figé ce matin.") ? true : null);
    assertEquals(1, tickets(email).size(), "the reply joined the ticket, no new request");
  }

  private List<MimeMessage> mailsTo(String email) {
    return Arrays.stream(mailServer.receivedMessages())
        .filter(m -> recipients(m).stream().anyMatch(to -> to.contains(email)))
        .toList();
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      jakarta.mail.Address[] to = message.getAllRecipients();
      return to == null ? List.of() : Arrays.stream(to).map(Object::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMailTooLargeToReadIsKeptWithItsHeadersForAgentsAndMarked() {
    String email = customer("Lemaire", "Hugo");
    String subject = "Export complet " + unique;
    send(
        mail(
            email,
            "<big-" + unique + "@example.fr>",
            subject,
            null,
            "Bonjour,\n" + "ligne de journal très longue\n".repeat(TOO_LARGE / 25)));
    awaitAllSeen();

    assertTrue(tickets(email).isEmpty(), "not read, so no request");
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    String inbox = lucie.open("/admin/mail/inbox.xhtml?outcome=TOO_LARGE").body();
    assertTrue(inbox.contains(subject), inbox);
    assertTrue(inbox.contains("Trop volumineux (non lu)"), inbox);
    assertTrue(inbox.contains("Message-ID: &lt;big-" + unique), "its headers, escaped");
    String all = lucie.open("/admin/mail/inbox.xhtml").body();
    assertTrue(all.contains(subject), "every outcome unfiltered");

    WebClient customer = new WebClient(desk);
    customer.login(Demo.CLAIRE, Demo.PASSWORD);
    assertEquals(
        403,
        customer.get("/admin/mail/inbox.xhtml").statusCode(),
        "customers never see the desk's mailbox");
  }

  @Test
  void aMailNestedThousandsOfLevelsDeepHoldsNoMailUpAndIsSetAsideWithItsHeaders() {
    String subject = "Imbrique " + unique;
    StringBuilder nested =
        new StringBuilder(
            headers(
                "inconnu." + unique + "@example.org",
                "<nested-" + unique + "@x.fr>",
                subject,
                null));
    // 2,000 levels, not the 20,000 of the mail that stopped intake: GreenMail stores each mail
    // after reading its whole structure with the same quadratic recursion (minutes at 20,000);
    // MailParserTest reads the 20,000 levels
    for (int i = 0; i < 2_000; i++) {
      nested.append("Content-Type: multipart/mixed; boundary=b").append(i);
      nested.append("\n\n--b").append(i).append('\n');
    }
    deliverWithoutSmtp(bytes(nested.append("Content-Type: text/plain\n\nfond\n").toString()));
    aNormalMailBehindIsARequestWithinTwoPolls();

    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    String inbox =
        await(
            () -> {
              String page = lucie.open("/admin/mail/inbox.xhtml?outcome=FAILED").body();
              return page.contains(subject) ? page : null;
            });
    assertTrue(inbox.contains("Non traité après plusieurs essais"), inbox);
    assertTrue(inbox.contains("imbriquées sur plus de"), "why, in the agents' words");
    assertTrue(inbox.contains("Message-ID: &lt;nested-" + unique), "its headers, escaped");
  }

  @Test
  void aLineOfTwentyThousandSpacesHoldsNoMailUp() {
    String email = customer("Garnier", "Noé");
    send(
        mail(
            email,
            "<spaces-" + unique + "@example.fr>",
            "Espaces",
            null,
            "Bonjour,\n" + " ".repeat(20_000) + "\nle planning est vide."));
    aNormalMailBehindIsARequestWithinTwoPolls();
    assertEquals("Espaces", awaitTickets(email, 1).get(0).getString("subject"));
  }

  @Test
  void aBrokenBase64FileFailsThatFileOnlyAndHoldsNoMailUp() {
    String email = customer("Faure", "Jade");
    String boundary = "b-" + unique;
    send(
        bytes(
            headers(email, "<b64-" + unique + "@example.fr>", "Facture", null)
                + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\""
                + boundary
                + "\"\n\n--"
                + boundary
                + "\nContent-Type: text/plain; charset=UTF-8\n\nVoici ma facture.\n--"
                + boundary
                + "\nContent-Type: application/pdf\nContent-Disposition: attachment;"
                + " filename=\"facture.pdf\"\nContent-Transfer-Encoding: base64\n\n"
                + "JVBERi0xLjQK=====!!!!*\n--"
                + boundary
                + "--\n"));
    aNormalMailBehindIsARequestWithinTwoPolls();

    String reference = awaitTickets(email, 1).get(0).getString("reference");
    assertEquals(List.of("Voici ma facture."), customerMessages(reference));
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    String page = lucie.open("/admin/tickets/show.xhtml?id=" + number(reference)).body();
    assertTrue(page.contains("Parties illisibles"), page);
    assertTrue(page.contains("facture.pdf (application/pdf)"), "the unreadable file, listed");
  }

  /** A customer's plain mail sent right after a hostile one becomes a request within two polls. */
  private void aNormalMailBehindIsARequestWithinTwoPolls() {
    String email = customer("Normal", "Sam");
    send(
        mail(
            email,
            "<behind-" + unique + "@example.fr>",
            "Juste après",
            null,
            "Bonjour,\nl'export échoue."));
    List<JsonObject> theirs =
        await(
            TWO_POLLS,
            () -> {
              List<JsonObject> found = tickets(email);
              return found.isEmpty() ? null : found;
            });
    theirs.forEach(t -> opened.add(t.getString("reference")));
    assertEquals("Juste après", theirs.get(0).getString("subject"));
  }

  private static String number(String reference) {
    return reference.substring("OC-".length());
  }

  private ApiClient api() {
    if (api == null) {
      api = new ApiClient(desk, Demo.API_TOKEN);
    }
    return api;
  }

  /** A fresh paying customer, created as billing creates them: no demo customer's quota used. */
  private String customer(String surname, String firstName) {
    String email = surname.toLowerCase() + "." + unique + "@example.fr";
    HttpResponse<String> created =
        new Webhook(desk)
            .signed(Webhook.event("evt_mail_" + unique + surname, email, surname, firstName));
    assertEquals(200, created.statusCode(), created.body());
    return email;
  }

  private List<JsonObject> tickets(String email) {
    return ApiClient.json(api().get("/api/tickets?customerEmail=" + email + "&size=100"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private List<JsonObject> awaitTickets(String email, int count) {
    List<JsonObject> found =
        await(
            () -> {
              List<JsonObject> theirs = tickets(email);
              return theirs.size() >= count ? theirs : null;
            });
    found.forEach(t -> opened.add(t.getString("reference")));
    return found;
  }

  private List<String> customerMessages(String reference) {
    return ApiClient.json(api().get("/api/tickets/" + reference))
        .getJsonArray("messages")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("authorKind").equals("CUSTOMER"))
        .map(m -> m.getString("body"))
        .toList();
  }

  /** Until the desk marked every mail of its mailbox \Seen (it does so after storing each). */
  private void awaitAllSeen() {
    await(
        () -> {
          try {
            List<MimeMessage> all = mailsTo(SUPPORT);
            var inbox = mailServer.supportInbox();
            boolean seen =
                inbox.getMessages().stream().allMatch(m -> m.isSet(Flags.Flag.SEEN))
                    && all.size() == inbox.getMessageCount();
            return seen ? Boolean.TRUE : null;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private <T> T await(Supplier<T> found) {
    return await(Duration.ofSeconds(120), found);
  }

  private <T> T await(Duration bound, Supplier<T> found) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "Not seen within " + bound.toSeconds() + " s; desk log:\n" + tail(desk.log()));
  }

  private static String tail(String log) {
    return log.length() <= 6000 ? log : log.substring(log.length() - 6000);
  }

  private void send(byte[] raw) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", mailServer.host());
    properties.put("mail.smtp.port", String.valueOf(mailServer.smtpPort()));
    Session session = Session.getInstance(properties);
    // Transport.sendMessage, not Transport.send: the latter saves changes, which gives the mail a
    // new Message-ID, and the test sends exact bytes
    try (Transport transport = session.getTransport("smtp")) {
      MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Puts a mail straight into the desk's mailbox: GreenMail's SMTP handler reads a mail's whole
   * MIME structure recursively and overflows its stack on a deeply nested mail, as the desk once
   * did. Stored from a thread given a stack large enough, it is served over IMAP like any other.
   */
  private void deliverWithoutSmtp(byte[] raw) {
    AtomicReference<Exception> failed = new AtomicReference<>();
    Thread append =
        new Thread(
            null,
            () -> {
              try {
                mailServer
                    .supportInbox()
                    .appendMessage(
                        new MimeMessage(
                            Session.getInstance(new Properties()), new ByteArrayInputStream(raw)),
                        new Flags(),
                        new Date());
              } catch (Exception e) {
                failed.set(e);
              }
            },
            "deliver-without-smtp",
            256L << 20);
    append.start();
    try {
      append.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failed.get() != null) {
      throw new IllegalStateException(failed.get());
    }
  }

  private static byte[] mail(
      String from, String messageId, String subject, String inReplyTo, String body) {
    return bytes(
        headers(from, messageId, subject, inReplyTo)
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            + "Content-Transfer-Encoding: 8bit\n\n"
            + body
            + "\n");
  }

  private static String headers(String from, String messageId, String subject, String inReplyTo) {
    return "From: "
        + from
        + "\nTo: "
        + SUPPORT
        + "\nSubject: "
        + subject
        + "\nMessage-ID: "
        + messageId
        + "\n"
        + (inReplyTo == null
            ? ""
            : "In-Reply-To: " + inReplyTo + "\nReferences: " + inReplyTo + "\n");
  }

  private static byte[] bytes(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
