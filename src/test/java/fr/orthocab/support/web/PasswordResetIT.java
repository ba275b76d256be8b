package fr.orthocab.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import fr.orthocab.support.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mot de passe oublié" over HTTP: the same page whether the address has an account or not, a mail
 * only for the one that has; the link works once and then says it was used; the old password stops
 * and the new one works. Also: an agent is refused the staff pages, and the API's staff list
 * answers supervisors' tokens.
 */
@ExtendWith(SharedDesk.class)
class PasswordResetIT {
  private static final Pattern LINK =
      Pattern.compile("/password/choose\\.xhtml\\?token=[A-Za-z0-9_-]+");

  /** What differs between two renderings of one page: its view state and its scripts' nonce. */
  private static final Pattern VIEW_STATE =
      Pattern.compile(
          "(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+"
              + "|nonce=\"[^\"]*\"|'nonce-[^']*'|PrimeFaces\\.csp\\.init\\('[^']*'\\)");

  private final DeskServer desk;
  private final SharedMail mail;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  PasswordResetIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
  }

  @Test
  void aResetLinkIsMailedToKnownAddressesOnlyWorksOnceAndSaysSoAfter() {
    String email = "reset." + unique + "@orthocab.fr";
    HttpResponse<String> invited =
        new ApiClient(desk, Demo.API_TOKEN)
            .post(
                "/api/staff",
                "{\"email\":\"%s\",\"displayName\":\"Remi Reset\",\"role\":\"AGENT\"}"
                    .formatted(email));
    assertEquals(201, invited.statusCode(), invited.body());
    choose(mail.linkMailedTo(email, 1, LINK), "le premier mot de passe de Rémi");

    HttpResponse<String> known = forgot(email);
    HttpResponse<String> unknown = forgot("personne." + unique + "@orthocab.fr");
    assertTrue(known.body().contains("Si un compte existe pour cette adresse"), known.body());
    assertEquals(
        withoutTokens(known.body()), withoutTokens(unknown.body()), "the same page either way");
    String link = mail.linkMailedTo(email, 2, LINK);
    assertEquals(
        0,
        Arrays.stream(mail.receivedMessages())
            .filter(m -> String.valueOf(recipients(m)).contains("personne." + unique))
            .count(),
        "no mail to an unknown address");

    HttpResponse<String> chosen = choose(link, "un nouveau mot de passe pour Rémi");
    assertTrue(chosen.body().contains("Votre mot de passe est enregistré"), chosen.body());
    HttpResponse<String> again = new WebClient(desk).get(link);
    assertTrue(again.body().contains("Ce lien a déjà servi"), again.body());
    assertFalse(again.body().contains("choose:password"), "no form any more");

    assertEquals(
        200, new WebClient(desk).login(email, "le premier mot de passe de Rémi").statusCode());
    assertEquals(
        302, new WebClient(desk).login(email, "un nouveau mot de passe pour Rémi").statusCode());
  }

  @Test
  void changingOnesPasswordAsksForTheCurrentOneAndEndsTheOtherSessions() {
    String email = "change." + unique + "@orthocab.fr";
    new ApiClient(desk, Demo.API_TOKEN)
        .post(
            "/api/staff",
            "{\"email\":\"%s\",\"displayName\":\"Chloé Change\",\"role\":\"AGENT\"}"
                .formatted(email));
    choose(mail.linkMailedTo(email, 1, LINK), "mon ancien mot de passe à moi");
    WebClient phone = new WebClient(desk);
    WebClient office = new WebClient(desk);
    assertEquals(302, phone.login(email, "mon ancien mot de passe à moi").statusCode());
    assertEquals(302, office.login(email, "mon ancien mot de passe à moi").statusCode());

    HttpResponse<String> wrong = change(office, "pas le bon", "mon nouveau mot de passe à moi");
    assertTrue(wrong.body().contains("Le mot de passe actuel n'est pas le bon"), wrong.body());
    HttpResponse<String> changed =
        change(office, "mon ancien mot de passe à moi", "mon nouveau mot de passe à moi");
    assertTrue(changed.body().contains("Votre mot de passe est changé"), changed.body());

    assertEquals(
        200, office.get("/admin/tickets/queue.xhtml").statusCode(), "this session goes on");
    HttpResponse<String> ended = phone.get("/admin/tickets/queue.xhtml");
    assertEquals(302, ended.statusCode(), "the other session has ended");
    assertEquals("/login.xhtml", WebClient.location(ended));
    assertEquals(
        302, new WebClient(desk).login(email, "mon nouveau mot de passe à moi").statusCode());
  }

  private static HttpResponse<String> change(WebClient client, String current, String chosen) {
    HttpResponse<String> page = client.get("/account/password.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    return client.submit(
        "/account/password.xhtml",
        page,
        "change",
        Map.of(
            "change:current", current,
            "change:password", chosen,
            "change:confirmation", chosen,
            "change:submit", ""));
  }

  @Test
  void anAgentIsRefusedTheStaffPagesAndTheApiAnswersSupervisorsTokens() {
    WebClient lucie = new WebClient(desk);
    lucie.login(Demo.LUCIE, Demo.PASSWORD);
    assertEquals(403, lucie.get("/admin/staff/list.xhtml").statusCode());

    WebClient nadia = new WebClient(desk);
    nadia.login(Demo.NADIA, Demo.PASSWORD);
    HttpResponse<String> french = nadia.get("/admin/staff/list.xhtml");
    assertEquals(200, french.statusCode());
    assertTrue(french.body().contains("L'équipe du support"), french.body());
    assertTrue(french.body().contains(Demo.LUCIE));

    nadia.get("/login.xhtml?lang=en");
    HttpResponse<String> english = nadia.get("/admin/staff/list.xhtml");
    assertTrue(english.body().contains("The support team"), english.body());
    assertTrue(english.body().contains("Send the invitation"), english.body());
    WebClient someone = new WebClient(desk);
    someone.get("/login.xhtml?lang=en");
    assertTrue(someone.get("/password/forgot.xhtml").body().contains("Forgotten password"));

    HttpResponse<String> team = new ApiClient(desk, Demo.API_TOKEN).get("/api/staff");
    assertEquals(200, team.statusCode(), team.body());
    assertTrue(team.body().contains(Demo.LUCIE), team.body());
  }

  private HttpResponse<String> forgot(String email) {
    WebClient someone = new WebClient(desk);
    HttpResponse<String> page = someone.get("/password/forgot.xhtml");
    return someone.submit(
        "/password/forgot.xhtml",
        page,
        "forgot",
        Map.of("forgot:email", email, "forgot:submit", ""));
  }

  private HttpResponse<String> choose(String link, String password) {
    WebClient owner = new WebClient(desk);
    HttpResponse<String> page = owner.get(link);
    assertTrue(page.body().contains("choose:password"), page.body());
    return owner.submit(
        link,
        page,
        "choose",
        Map.of(
            "choose:password", password,
            "choose:confirmation", password,
            "choose:submit", ""));
  }

  private static String withoutTokens(String page) {
    return VIEW_STATE.matcher(page).replaceAll("$1");
  }

  private static Object recipients(jakarta.mail.internet.MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
