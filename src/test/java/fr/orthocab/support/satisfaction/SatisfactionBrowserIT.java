package fr.orthocab.support.satisfaction;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.SharedMail;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer answers the satisfaction mail's link without logging in, once, with a comment; the
 * supervisor reads it in the report.
 */
@ExtendWith(SharedDesk.class)
class SatisfactionBrowserIT {
  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/satisfaction\\.xhtml\\?token=[\\w-]+");

  private final DeskServer desk;
  private final SharedMail mail;
  private final ApiClient api;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  SatisfactionBrowserIT(DeskServer desk, SharedMail mail) {
    this.desk = desk;
    this.mail = mail;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void aRatingFromTheMailsLinkWithoutLoginIsVisibleInTheReport() {
    String reference = openTicket();
    api.post("/api/tickets/" + reference + "/status", "{\"status\":\"RESOLVED\"}");
    String mailed =
        mail.linkMailedTo(
            Demo.JULIEN,
            1,
            Pattern.compile(
                "(?s)Votre demande "
                    + reference
                    + " est résolue.*?"
                    + LINK.pattern()
                    + "&vote=BAD"));
    Matcher found = LINK.matcher(mailed.substring(mailed.indexOf("Non :")));
    assertTrue(found.find(), mailed);
    String link = found.group() + "&vote=BAD";
    String comment = "Il a fallu trois échanges " + unique;

    try (Browser anyone = new Browser(desk, "satisfaction-mail")) {
      anyone.open(link.substring(link.indexOf("/satisfaction.xhtml")));
      String page = anyone.textOf("#rating");
      assertTrue(page.contains("Notre réponse à votre demande " + reference), page);
      assertTrue(page.contains("Oui, cela m'a aidé"), page);
      anyone.assertNoSeriousA11yViolations();
      anyone.screenshot("80-satisfaction-question");
      anyone.phoneScreenshot("80-satisfaction-question");

      anyone.clickAndWait("#rating\\:bad");
      assertTrue(anyone.textOf("#comment").contains("Merci pour votre réponse"), anyone.text());
      anyone.type("#comment\\:text", comment);
      anyone.assertNoSeriousA11yViolations();
      anyone.screenshot("81-satisfaction-comment");
      anyone.clickAndWait("#comment\\:send");
      assertTrue(anyone.textOf("#commented").contains("Votre commentaire a été transmis"));
      anyone.phoneScreenshot("82-satisfaction-thanks");

      anyone.open(link.substring(link.indexOf("/satisfaction.xhtml")));
      assertTrue(
          anyone.textOf("#alreadyUsed").contains("Vous avez déjà répondu avec ce lien"),
          anyone.text());
      assertTrue(anyone.all("#rating").isEmpty(), "a used link records nothing more");
      anyone.open("/satisfaction.xhtml?token=forged" + unique + "&vote=GOOD");
      assertTrue(anyone.textOf("#unusable").contains("Ce lien n'est plus valable"));
    }

    try (Browser nadia = new Browser(desk, "satisfaction-report")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open("/admin/reports/sla.xhtml");
      String section = nadia.textOf("#satisfaction");
      assertTrue(section.contains("Taux de satisfaction"), section);
      assertTrue(section.contains(comment), section);
      assertTrue(section.contains(reference), section);
      nadia.assertNoSeriousA11yViolations();
      nadia.evaluate("document.getElementById('satisfaction').scrollIntoView()");
      nadia.screenshot("83-satisfaction-report");
      nadia.phoneScreenshot("83-satisfaction-report");
    }
  }

  /**
   * Dated 41 days back, as an import would be (this package's day, shared with the closing tests'
   * requests of the same customer): out of today's quota of requests.
   */
  private String openTicket() {
    String earlier =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(41).withNano(0));
    return json(api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Téléconsultation "
                + unique
                + "\",\"body\":\"Bonjour, la salle d'attente ne s'ouvre pas.\",\"receivedAt\":\""
                + earlier
                + "\"}"))
        .getString("reference");
  }
}
