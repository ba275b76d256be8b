package fr.orthocab.support.admin.customers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor's views of customers and held requests: the held views, a customer's page reached
 * from their ticket, and a suspension of their support that refuses their requests until ended.
 */
@ExtendWith(SharedDesk.class)
class CustomerPageIT {
  private final DeskServer desk;

  CustomerPageIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aSupervisorSeesALapsedCustomersRequestInTheHeldViewsAndAnAgentDoesNot() {
    try (Browser nadia = new Browser(desk, "held-supervisor");
        Browser lucie = new Browser(desk, "held-agent")) {
      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.clickAndWait("#navHeld");
      nadia.open("/admin/held/list.xhtml?status=AWAITING_RENEWAL");
      String held = nadia.find("#held\\:requests").getText();
      assertTrue(held.contains("Modèle de compte rendu de bilan"), held);
      assertTrue(held.contains("Sophie Petit"), held);
      assertTrue(nadia.text().contains("clause ELIG-ACTIVE"), nadia.text());
      assertTrue(!nadia.all("#held\\:requests\\:0\\:release").isEmpty(), "can be let in");
      nadia.screenshot("20-held-views");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      assertTrue(lucie.all("#navHeld").isEmpty(), "agents have no held views");
      lucie.open("/admin/held/list.xhtml");
      assertTrue(lucie.text().contains("Accès refusé"), lucie.text());
    }
  }

  @Test
  void aSupervisorSuspendsACustomerFromTheirPageAndTheirRequestIsRefusedUntilItEnds() {
    String subject = "Avant suspension " + UUID.randomUUID().toString().substring(0, 6);
    String tomorrow =
        LocalDate.now(ZoneId.of("Europe/Paris"))
            .plusDays(1)
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String ticketPage = null;
    try (Browser claire = new Browser(desk, "suspended-customer");
        Browser nadia = new Browser(desk, "suspending-supervisor")) {
      claire.login(Demo.CLAIRE, Demo.PASSWORD);
      ticketPage =
          claire
              .sendRequest("Autre", subject, "Bonjour, une question.")
              .replace("/portal/", "/admin/");

      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open(ticketPage);
      nadia.clickAndWait("#customerLink");
      String customerPage = nadia.currentPath();
      assertTrue(customerPage.startsWith("/admin/customers/show.xhtml?id="), customerPage);
      assertTrue(nadia.find("#email").getText().equals(Demo.CLAIRE));
      assertTrue(nadia.find("#subscriptions").getText().contains("en cours"));
      assertTrue(nadia.find("#tickets").getText().contains(subject));

      nadia.choose("suspend:clause", "REFUSE-LANGUAGE — langage offensant");
      nadia.type("#suspend\\:explanation", "Propos grossiers répétés envers l'équipe.");
      nadia.type("#suspend\\:until_input", tomorrow);
      nadia.clickAndWait("#suspend\\:submit");
      try {
        assertTrue(nadia.text().contains("Support suspendu sous la clause REFUSE-LANGUAGE"));
        assertTrue(nadia.find("#suspensions").getText().contains("REFUSE-LANGUAGE"));
        nadia.screenshot("21-customer-suspended");

        claire.sendRequest("Autre", "Pendant la suspension", "Encore une question.");
        assertTrue(claire.text().contains("elle ne peut pas être prise en charge"), claire.text());
        assertTrue(claire.find("#status").getText().contains("Refusée"));
        String told = claire.find("#thread").getText();
        assertTrue(told.contains("clause REFUSE-LANGUAGE, version 1"), told);
        assertTrue(told.contains("Propos grossiers répétés envers l'équipe."), told);

        nadia.open(customerPage);
        assertTrue(nadia.find("#refusals").getText().contains("rule:SuspensionRule"));
      } finally {
        nadia.open(customerPage);
        if (!nadia.all("#suspensionList\\:list\\:0\\:end").isEmpty()) {
          nadia.clickAndWait("#suspensionList\\:list\\:0\\:end");
        }
      }
      assertTrue(nadia.text().contains("Suspension levée"), nadia.text());
      assertTrue(nadia.all("#suspensionList\\:list\\:0\\:end").isEmpty());
    } finally {
      // a priority request left open would top the queue that other browser tests read
      String reference =
          ticketPage == null ? "none" : "OC-" + ticketPage.substring(ticketPage.indexOf("id=") + 3);
      new ApiClient(desk, Demo.API_TOKEN)
          .post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }
}
