package fr.orthocab.support.demo;

import fr.orthocab.support.account.Accounts;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import fr.orthocab.support.ticket.NewRequest;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketReads;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Loads the demo customers, team and tickets, in one transaction, once. */
@Stateless
public class DemoData {
  static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin(
              "Claire Martin, Pack Télésoin actif", "claire.martin@demo.orthocab.fr", "client"),
          new DemoLogin(
              "Julien Bernard, pack gratuit actif", "julien.bernard@demo.orthocab.fr", "client"),
          new DemoLogin(
              "Sophie Petit, abonnement expiré", "sophie.petit@demo.orthocab.fr", "client"),
          new DemoLogin("Lucie Moreau", "lucie.moreau@orthocab.fr", "agent"),
          new DemoLogin("Thomas Roux", "thomas.roux@orthocab.fr", "agent"),
          new DemoLogin("Nadia Lefèvre", "nadia.lefevre@orthocab.fr", "superviseur"));

  @Inject private Customers customers;
  @Inject private Accounts accounts;
  @Inject private Subscriptions subscriptions;
  @Inject private Tickets tickets;
  @Inject private TicketReads ticketReads;
  @Inject private Intake intake;
  @Inject private Clock clock;
  @Inject private DemoFaq faq;

  public boolean loaded() {
    return accounts.byEmail(LOGINS.get(0).email()).isPresent();
  }

  public void load() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(ClockProducer.PARIS).toLocalDate();
    char[] password = DemoLogin.PASSWORD.toCharArray();

    Customer claire = customer("Martin", "Claire", LOGINS.get(0).email(), password, now);
    subscriptions.subscribe(claire, Pack.TELESOIN, today.minusDays(60), today.plusDays(305));
    Customer julien = customer("Bernard", "Julien", LOGINS.get(1).email(), password, now);
    subscriptions.subscribe(julien, Pack.FREE, today.minusDays(200), today.plusDays(165));
    Customer sophie = customer("Petit", "Sophie", LOGINS.get(2).email(), password, now);
    subscriptions.subscribe(sophie, Pack.TELESOIN, today.minusDays(395), today.minusDays(30));

    long lucie = staff(LOGINS.get(3), Role.AGENT, password);
    staff(LOGINS.get(4), Role.AGENT, password);
    staff(LOGINS.get(5), Role.SUPERVISOR, password);

    Ticket link =
        open(
            claire,
            "Lien de téléconsultation absent du mail de rappel",
            TicketCategory.BUG,
            "Bonjour, depuis hier mes patients reçoivent le mail de rappel de leur rdv"
                + " de télésoin sans le lien de connexion. Pouvez-vous regarder ? Merci.",
            now.minus(Duration.ofHours(3)));
    open(
        julien,
        "Comment partager mon agenda avec ma secrétaire ?",
        TicketCategory.USAGE_QUESTION,
        "Bonjour, je voudrais que ma secrétaire puisse voir et modifier mon planning."
            + " Est-ce possible avec le pack gratuit ?",
        now.minus(Duration.ofHours(26)));
    Ticket invoice =
        open(
            claire,
            "Numéro ADELI sur les factures",
            TicketCategory.CONFIGURATION,
            "Où puis-je renseigner mon numéro ADELI pour qu'il apparaisse sur mes factures ?",
            now.minus(Duration.ofDays(3)));
    reply(
        invoice,
        lucie,
        "Bonjour Madame Martin, vous le trouverez dans Paramètres > Cabinet > Identifiants"
            + " professionnels. Dites-moi si cela fonctionne.");
    move(invoice, TicketStatus.WAITING_ON_CUSTOMER);

    Ticket sms =
        open(
            julien,
            "Rappels SMS non reçus",
            TicketCategory.CONFIGURATION,
            "Mes patients ne reçoivent plus les SMS de rappel depuis lundi.",
            now.minus(Duration.ofDays(6)));
    reply(
        sms,
        lucie,
        "Le numéro d'expéditeur n'était pas validé : c'est corrigé, les rappels repartent.");
    move(sms, TicketStatus.RESOLVED);
    reply(
        link,
        lucie,
        "Bonjour, merci pour votre signalement : nous reproduisons le problème et revenons vers"
            + " vous dans la journée.");
    Ticket noted = current(link);
    tickets.note(
        noted.getId(), noted.getVersion(), lucie, "Vu avec l'équipe notifications, à suivre.");
    Ticket closed =
        open(
            sophie,
            "Export de mes comptes rendus",
            TicketCategory.USAGE_QUESTION,
            "Bonjour, comment exporter tous mes comptes rendus en PDF ?",
            now.minus(Duration.ofDays(90)));
    reply(closed, lucie, "Menu Patients > Exporter : cochez « Comptes rendus » puis PDF.");
    move(closed, TicketStatus.CLOSED);
    open(
        sophie,
        "Modèle de compte rendu de bilan",
        TicketCategory.FEATURE_QUESTION,
        "Bonjour, peut-on modifier le modèle de compte rendu de bilan orthophonique ?",
        now.minus(Duration.ofDays(2)));
    faq.load();
  }

  /** The ticket as the database has it now (each change bumps its version). */
  private Ticket current(Ticket ticket) {
    return ticketReads.find(ticket.getId()).orElseThrow();
  }

  private void reply(Ticket ticket, long agent, String body) {
    Ticket fresh = current(ticket);
    tickets.reply(fresh.getId(), fresh.getVersion(), agent, body);
  }

  private void move(Ticket ticket, TicketStatus target) {
    Ticket fresh = current(ticket);
    tickets.changeStatus(fresh.getId(), fresh.getVersion(), target);
  }

  private Customer customer(
      String surname, String firstName, String email, char[] password, Instant now) {
    Customer customer =
        customers.register(new Customer(surname, firstName, email, Language.FR, now));
    accounts.openForCustomer(customer, password);
    return customer;
  }

  private long staff(DemoLogin login, Role role, char[] password) {
    return accounts.openForStaff(login.email(), login.who(), role, password).getId();
  }

  private Ticket open(
      Customer customer, String subject, TicketCategory category, String body, Instant at) {
    return intake.receive(
        new NewRequest(customer.getId(), subject, category, TicketChannel.PORTAL, body, at));
  }
}
