package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An agent refuses under a clause, the customer is told which and why, a supervisor lifts it. */
@ExtendWith(SharedDesk.class)
class RefusalIT {
  private final DeskServer desk;

  RefusalIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void theCustomerSeesTheClauseOfARefusalAndASupervisorCanLiftIt() {
    String subject = "Refus " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser julien = new Browser(desk, "refused-customer");
        Browser lucie = new Browser(desk, "refusing-agent");
        Browser nadia = new Browser(desk, "supervisor")) {
      julien.login(Demo.JULIEN, Demo.PASSWORD);
      String customerPage = julien.sendRequest("Autre", subject, "Répondez-moi immédiatement !!!");
      String agentPage = customerPage.replace("/portal/", "/admin/");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      lucie.open(agentPage);
      lucie.clickConfirmAndWait("#refuse\\:submit");
      String refused = lucie.text();
      assertTrue(
          refused.contains("Clause appliquée : choisissez une valeur dans la liste."), refused);
      assertTrue(
          refused.contains("Explication envoyée au client : ne doit pas être vide"), refused);

      lucie.choose("refuse:clause", "REFUSE-DISRESPECT — attitude irrespectueuse");
      lucie.type("#refuse\\:explanation", "Propos irrespectueux envers l'équipe.");
      lucie.clickConfirmAndWait("#refuse\\:submit");
      assertTrue(lucie.text().contains("Demande refusée sous la clause REFUSE-DISRESPECT"));
      assertTrue(lucie.find("#status").getText().contains("Refusée"));
      assertTrue(lucie.textOf("#decisions").contains("REFUSE-DISRESPECT"));
      assertTrue(lucie.all("#lift\\:submit").isEmpty(), "agents cannot lift a refusal");
      lucie.screenshot("15-agent-refused");

      julien.open(customerPage);
      String told = julien.find("#thread").getText();
      assertTrue(told.contains("clause REFUSE-DISRESPECT, version 1"), told);
      assertTrue(told.contains("attitude irrespectueuse envers ses agents"), told);
      assertTrue(told.contains("Explication : Propos irrespectueux envers l'équipe."), told);
      assertTrue(julien.find("#status").getText().contains("Refusée"));
      assertTrue(julien.all("#comment\\:text").isEmpty(), "nothing more on a refused request");
      assertTrue(julien.find("#refusedHint").getText().contains("a été refusée"));
      assertTrue(!told.contains("''"), told);
      julien.screenshot("16-customer-sees-refusal");

      nadia.login(Demo.NADIA, Demo.PASSWORD);
      nadia.open(agentPage);
      nadia.clickAndWait("#lift\\:submit");
      assertTrue(nadia.text().contains("Refus levé"), nadia.text());
      assertTrue(nadia.find("#status").getText().contains("Ouverte"));

      julien.open(customerPage);
      assertTrue(julien.find("#thread").getText().contains("a été levé"));
    }
  }
}
