package fr.orthocab.support.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.OddDesk;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.Webhook;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The day the desk goes live: a production start on an empty database with {@code
 * APP_FIRST_SUPERVISOR_EMAIL} mails the first supervisor an invitation; they choose their password
 * and invite a member of the team through the staff page, who answers a request; the member, made
 * supervisor, creates an API token; deactivated, their next page is the login page, their token
 * answers 401 and their request is back in the queue, unassigned.
 */
@ExtendWith({SharedDesk.class, OddDesk.Extension.class})
class TeamFromFirstSupervisorIT {
  private static final Pattern LINK =
      Pattern.compile("/password/choose\\.xhtml\\?token=[A-Za-z0-9_-]+");
  private static final String BOSS_PASSWORD = "le premier jour du support";
  private static final String AGENT_PASSWORD = "une équipe bien rodée";

  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void theFirstSupervisorBuildsTheTeamAndRetiresAMember(OddDesk oddDesk, SharedMail mail)
      throws Exception {
    String boss = "responsable." + unique + "@orthocab.fr";
    String member = "agent." + unique + "@orthocab.fr";
    DeskServer desk =
        oddDesk.start(
            Map.of(
                "APP_DEMO",
                "false",
                "APP_FIRST_SUPERVISOR_EMAIL",
                boss,
                "APP_FIRST_SUPERVISOR_NAME",
                "Camille Responsable",
                "APP_MAIL_SMTP_HOST",
                mail.host(),
                "APP_MAIL_SMTP_PORT",
                String.valueOf(mail.smtpPort()),
                "APP_MAIL_SMTP_SECURITY",
                "none"));
    assertEquals(1, count(desk.log(), "FIRST SUPERVISOR INVITED"), "the link is logged once");

    try (Browser camille = new Browser(desk, "first-supervisor");
        Browser agent = new Browser(desk, "invited-member")) {
      choosePassword(camille, mail.linkMailedTo(boss, 1, LINK), BOSS_PASSWORD);
      camille.screenshot("40-first-supervisor-password-chosen");
      camille.login(boss, BOSS_PASSWORD);
      assertTrue(camille.currentPath().startsWith("/admin/"), camille.currentPath());

      camille.open("/account/password.xhtml");
      camille.screenshot("40-own-password");
      camille.phoneScreenshot("40-own-password");
      agent.open("/password/forgot.xhtml");
      agent.screenshot("40-forgot-password");
      agent.phoneScreenshot("40-forgot-password");
      camille.clickAndWait("#navStaff");
      camille.type("#invite\\:email", member);
      camille.type("#invite\\:name", "Alex Nouveau");
      camille.clickAndWait("#invite\\:submit");
      assertTrue(camille.text().contains("Invitation envoyée à Alex Nouveau"), camille.text());
      camille.screenshot("41-staff-member-invited");
      camille.phoneScreenshot("41-staff-member-invited");

      choosePassword(agent, mail.linkMailedTo(member, 1, LINK), AGENT_PASSWORD);
      agent.login(member, AGENT_PASSWORD);
      String reference = requestFromACustomer(desk);
      agent.open("/admin/tickets/queue.xhtml");
      agent.find("#queue").findElement(By.linkText(reference)).click();
      agent.find("#actions\\:assignToMe");
      agent.clickAndWait("#actions\\:assignToMe");
      agent.type("#reply\\:text", "Bonjour, c'est corrigé de notre côté.");
      agent.clickAndWait("#reply\\:send");
      assertTrue(agent.find("#assignee").getText().contains("Alex Nouveau"));
      String ticketPage = agent.currentPath();

      camille.open("/admin/staff/list.xhtml");
      rowButton(camille, member, "makeSupervisor").click();
      waitFor(() -> camille.text().contains("Alex Nouveau est maintenant superviseur"));
      agent.open("/admin/tokens/list.xhtml");
      agent.type("#create\\:name", "Outil RH " + unique);
      agent.clickAndWait("#create\\:submit");
      String token = agent.find("#token").getText();
      assertEquals(200, new ApiClient(desk, token).get("/api/tickets?size=1").statusCode());

      camille.open("/admin/staff/list.xhtml");
      rowButton(camille, member, "deactivate").click();
      camille.find(".ui-confirmdialog-yes").click();
      waitFor(() -> camille.text().contains("1 demande retourne dans la file"));
      camille.screenshot("42-staff-member-deactivated");

      agent.open(ticketPage);
      assertEquals("/login.xhtml", agent.currentPath(), "their session has ended");
      assertEquals(401, new ApiClient(desk, token).get("/api/tickets?size=1").statusCode());
      camille.open(ticketPage);
      String assignee = camille.find("#assignee").getText();
      assertTrue(assignee.contains("personne"), "back in the queue, unassigned: " + assignee);

      camille.open("/admin/audit/list.xhtml");
      String trail = camille.find("main").getText();
      for (String step :
          new String[] {
            "Premier superviseur créé",
            "Invitation acceptée",
            "Invitation envoyée",
            "Connexion",
            "Demande attribuée",
            "Rôle changé",
            "Jeton d'API créé",
            "Compte désactivé",
            "Demande désattribuée"
          }) {
        assertTrue(trail.contains(step), step + " missing from the audit page:\n" + trail);
      }
      assertTrue(trail.contains("AGENT → SUPERVISOR"), trail);
      camille.screenshot("43-audit-trail");
      camille.phoneScreenshot("43-audit-trail");

      HttpResponse<String> team = new ApiClient(desk, Demo.API_TOKEN).get("/api/staff");
      assertEquals(200, team.statusCode(), team.body());
      assertTrue(team.body().contains("\"status\":\"DEACTIVATED\""), team.body());
    }
  }

  private static void choosePassword(Browser browser, String link, String password) {
    browser.open(link);
    browser.screenshot("39-choose-password");
    browser.phoneScreenshot("39-choose-password");
    browser.type("#choose\\:password", password);
    browser.type("#choose\\:confirmation", password);
    browser.clickAndWait("#choose\\:submit");
    assertTrue(browser.text().contains("Votre mot de passe est enregistré"), browser.text());
  }

  private static WebElement rowButton(Browser browser, String email, String action) {
    return browser
        .find("#staff")
        .findElement(
            By.xpath(
                ".//tr[contains(., '" + email + "')]//button[contains(@id, '" + action + "')]"));
  }

  /** A customer billing just created, and their request through the API. */
  private String requestFromACustomer(DeskServer desk) {
    String customer = "client." + unique + "@example.fr";
    HttpResponse<String> renewal =
        new Webhook(desk).signed(Webhook.event("evt_team_" + unique, customer, "Durand", "Lou"));
    assertEquals(200, renewal.statusCode() / 100 * 100, renewal.body());
    HttpResponse<String> opened =
        new ApiClient(desk, Demo.API_TOKEN)
            .post(
                "/api/tickets",
                "{\"customerEmail\":\"%s\",\"subject\":\"Rappels SMS\",\"body\":\"Les rappels SMS ne partent plus.\"}"
                    .formatted(customer));
    assertEquals(201, opened.statusCode(), opened.body());
    JsonObject ticket = ApiClient.json(opened);
    return ticket.getString("reference");
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not seen within 20 s");
      }
      Thread.sleep(250);
    }
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
