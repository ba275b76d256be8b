package fr.orthocab.support.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.OpenedTickets;
import fr.orthocab.support.testing.TestCustomers;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.TicketThreads;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reply's files are all checked before anything is written, kept with the reply, and given to the
 * request's customer only.
 */
@ExtendWith(ArquillianExtension.class)
class MessageFilesIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private MessageFiles files;
  @Inject private Tickets tickets;
  @Inject private TicketReads reads;
  @Inject private TicketThreads threads;
  @Inject private TestCustomers customers;
  @Resource private UserTransaction tx;
  @PersistenceContext private EntityManager em;

  /** Written here: the deployment holds this class, not the other tests'. */
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private final OpenedTickets opened = new OpenedTickets();

  @AfterEach
  void closeWhatWasOpened() {
    opened.closeAll(tickets);
  }

  private Customer customer() {
    return customers.subscribed(
        Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
  }

  private Ticket ticket(Customer customer) {
    return opened.add(
        tickets.open(
            new NewRequest(
                customer.getId(),
                "Fichiers " + unique,
                TicketCategory.OTHER,
                TicketChannel.API,
                "Texte",
                Instant.now()),
            Priority.NORMAL,
            TicketStatus.OPEN,
            null));
  }

  private long agent() throws Exception {
    tx.begin();
    Account agent =
        Account.forStaff("files." + unique + "@orthocab.fr", "Files " + unique, "h", Role.AGENT);
    em.persist(agent);
    tx.commit();
    return agent.getId();
  }

  @Test
  void aReplysFilesAreKeptWithItAndGivenToItsCustomerOnly() throws Exception {
    Customer owner = customer();
    Customer other = customer();
    Ticket ticket = ticket(owner);
    long agent = agent();
    Message reply =
        files.reply(
            ticket.getId(),
            ticket.getVersion(),
            agent,
            "Voici le compte rendu.",
            List.of(new Upload("compte-rendu.pdf", PDF)));

    List<MessageFile> kept = files.of(List.of(reply.getId())).get(reply.getId());
    assertEquals(1, kept.size());
    assertEquals("compte-rendu.pdf", kept.get(0).getFileName());
    assertEquals("application/pdf", kept.get(0).getContentType());
    assertEquals(PDF.length, kept.get(0).getSizeBytes());
    List<Long> thread = threads.fullThread(ticket.getId()).stream().map(Message::getId).toList();
    assertEquals(kept.get(0).getId(), files.of(thread).get(reply.getId()).get(0).getId());

    long fileId = kept.get(0).getId();
    assertArrayEquals(PDF, files.findFor(owner.getId(), fileId).orElseThrow().getContent());
    assertTrue(files.findFor(other.getId(), fileId).isEmpty(), "another customer's");
    assertArrayEquals(PDF, files.mailed(reply.getId()).get(0).content());
  }

  @Test
  void oneRefusedFileAndNothingIsSent() throws Exception {
    Ticket ticket = ticket(customer());
    long agent = agent();
    long version = ticket.getVersion();
    FilesRefused refused =
        assertThrows(
            FilesRefused.class,
            () ->
                files.reply(
                    ticket.getId(),
                    version,
                    agent,
                    "Deux fichiers.",
                    List.of(
                        new Upload("ok.pdf", PDF),
                        new Upload("virus.pdf", new byte[] {'M', 'Z', 0, 0}))));
    assertEquals(
        List.of(new FileCheck.Problem("virus.pdf", FileRefusal.TYPE)), refused.getProblems());
    assertEquals(1, threads.fullThread(ticket.getId()).size(), "no reply");
    assertEquals(version, reads.find(ticket.getId()).orElseThrow().getVersion());
  }

  @Test
  void aCustomersCommentKeepsItsGoodFilesWithAThumbnailAndNamesTheRefusedOnes() throws Exception {
    Customer owner = customer();
    Ticket ticket = ticket(owner);
    byte[] png = png(800, 600);
    long comment = tickets.comment(ticket.getId(), owner.getId(), "Voici une capture.").getId();
    Attached attached =
        files.addToMessage(
            comment,
            List.of(
                new Upload("capture.png", png),
                new Upload("faux.png", "<!DOCTYPE html><html></html>".getBytes()),
                new Upload("compte-rendu.pdf", PDF)));

    assertEquals(List.of(new FileCheck.Problem("faux.png", FileRefusal.TYPE)), attached.refused());
    List<MessageFile> kept =
        files.of(List.of(attached.message().getId())).get(attached.message().getId());
    assertEquals(
        List.of("capture.png", "compte-rendu.pdf"),
        kept.stream().map(MessageFile::getFileName).toList());
    MessageFile image = files.findFor(owner.getId(), kept.get(0).getId()).orElseThrow();
    assertTrue(image.isPictured());
    java.awt.image.BufferedImage thumbnail =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.getThumbnail()));
    assertEquals(240, thumbnail.getWidth());
    assertEquals(180, thumbnail.getHeight());
    MessageFile document = files.find(kept.get(1).getId()).orElseThrow();
    assertTrue(!document.isPictured() && document.getThumbnail() == null, "a PDF has none");
    assertEquals(2, threads.publicThread(ticket.getId()).size(), "the comment is kept");
  }

  private static byte[] png(int width, int height) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png",
        out);
    return out.toByteArray();
  }
}
