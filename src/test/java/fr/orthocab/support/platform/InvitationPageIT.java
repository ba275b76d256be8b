package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.Webhook;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A customer billing created follows their invitation: the link, made when the mail leaves (the
 * dashboard shows the mail without it, to supervisors too), lets them choose a password once, then
 * log in to the portal; the link then says it is no longer valid, their page in the admin says it
 * was used, and an agent can mail them a new one from there.
 */
@ExtendWith(SharedDesk.class)
class InvitationPageIT {
  private static final Pattern LINK = Pattern.compile("/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final String PASSWORD = "Orthophonie à Lyon 2026";

  private final DeskServer desk;
  private final SharedMail mail;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  InvitationPageIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
  }

  @Test
  void aNewCustomerChoosesAPasswordOnceAndLogsIn() {
    String email = "invitee." + unique + "@example.fr";
    HttpResponse<String> renewed =
        new Webhook(desk).signed(Webhook.event("evt_invite_" + unique, email, "Lemoine", "Maëlle"));
    assertEquals(200, renewed.statusCode(), renewed.body());
    String reference = null;
    try (Browser nadia = new Browser(desk, "invitation-supervisor");
        Browser lucie = new Browser(desk, "invitation-agent");
        Browser maelle = new Browser(desk, "invitation-customer")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/dashboard.xhtml");
      WebElement notice = outboxRow(nadia, email);
      assertTrue(notice.getText().contains("Invitation au portail"), notice.getText());
      notice.findElement(By.cssSelector("summary")).click();
      String kept = notice.findElement(By.cssSelector("pre")).getText();
      assertTrue(kept.contains("lien personnel, créé à l'envoi"), kept);
      assertFalse(LINK.matcher(kept).find(), "the outbox never holds the link");
      String invitation = mail.linkMailedTo(email, 1, LINK);

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open("/admin/dashboard.xhtml");
      WebElement hidden = outboxRow(lucie, email);
      assertTrue(hidden.getText().contains("Réservé aux superviseurs"), hidden.getText());
      assertTrue(hidden.findElements(By.cssSelector("pre")).isEmpty(), "agents never get the link");

      maelle.open(invitation);
      assertTrue(maelle.find("#invitation").getText().contains("Maëlle Lemoine"), maelle.text());
      maelle.screenshot("70-invitation");
      choose(maelle, "court", "court");
      assertTrue(maelle.text().contains("au moins 12 caractères"), maelle.text());
      choose(maelle, "azerty123456", "azerty123456");
      assertTrue(maelle.text().contains("fait partie des plus courants"), maelle.text());
      choose(maelle, PASSWORD, PASSWORD + "!");
      assertTrue(maelle.text().contains("ne sont pas identiques"), maelle.text());
      choose(maelle, PASSWORD, PASSWORD);
      assertTrue(
          maelle.find("#accepted").getText().contains("Vous pouvez maintenant vous connecter"));
      maelle.screenshot("71-invitation-accepted");

      maelle.clickAndWait("#toLogin");
      maelle.login(email, PASSWORD);
      assertTrue(maelle.currentPath().startsWith("/portal/"), maelle.currentPath());
      reference =
          "OC-"
              + maelle
                  .sendRequest("Autre", "Première question " + unique, "Bonjour, où est le lien ?")
                  .replaceFirst(".*id=", "");

      maelle.open(invitation);
      assertTrue(maelle.find("#unusable").getText().contains("Ce lien n'est plus valable"));
      assertTrue(maelle.all("#invitation").isEmpty(), "no form any more");
      maelle.screenshot("72-invitation-used");

      nadia.open("/admin/tickets/show.xhtml?id=" + reference.substring(3));
      nadia.clickAndWait("#customerLink");
      String invitations = nadia.find("#invitations").getText();
      assertTrue(invitations.contains("Utilisée le"), invitations);
      nadia.clickAndWait("#invite\\:sendInvitation");
      assertTrue(nadia.text().contains("Nouvelle invitation envoyée à " + email), nadia.text());
      String again = mail.linkMailedTo(email, 2, LINK);
      maelle.open(again);
      assertTrue(maelle.find("#invitation").getText().contains("Maëlle Lemoine"), maelle.text());
      String subscriptions = nadia.find("#subscriptions").getText();
      LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
      DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
      assertTrue(subscriptions.contains("Pack Télésoin ORTHOCAB"), subscriptions);
      assertTrue(
          subscriptions.contains(
              today.format(day) + " → " + today.plusYears(1).minusDays(1).format(day)),
          subscriptions);
      nadia.screenshot("73-customer-invitation-used");
    } finally {
      if (reference != null) {
        new ApiClient(desk, Demo.API_TOKEN)
            .post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
      }
    }
  }

  @Test
  void anUnknownLinkSaysItIsNoLongerValidAndShowsNoForm() {
    try (Browser someone = new Browser(desk, "invitation-unknown")) {
      someone.open("/invitation.xhtml?token=inconnu-" + unique);
      assertTrue(someone.find("#unusable").getText().contains("Ce lien n'est plus valable"));
      assertTrue(someone.all("#invitation").isEmpty());
      someone.open("/invitation.xhtml");
      assertTrue(someone.find("#unusable").getText().contains("Ce lien n'est plus valable"));
      assertFalse(someone.currentPath().startsWith("/login.xhtml"), "reached without a login");
    }
  }

  private static void choose(Browser browser, String password, String again) {
    browser.type("#invitation\\:password", password);
    browser.type("#invitation\\:confirmation", again);
    browser.clickAndWait("#invitation\\:submit");
  }

  private static WebElement outboxRow(Browser browser, String email) {
    return browser.all("#outbox_data > tr").stream()
        .filter(r -> r.getText().contains(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError(email + " not in the outbox:\n" + browser.text()));
  }
}
