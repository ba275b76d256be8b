package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two agents on one ticket: the second is told, and the first one's change survives. */
@ExtendWith(SharedDesk.class)
class ConcurrentAgentsIT {
  private final DeskServer desk;

  ConcurrentAgentsIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void theSecondAgentIsToldAndNothingIsOverwritten() {
    String subject = "Deux agents " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser customer = new Browser(desk, "julien");
        Browser lucie = new Browser(desk, "lucie");
        Browser thomas = new Browser(desk, "thomas")) {
      customer.login(Demo.JULIEN, Demo.PASSWORD);
      String ticketPage =
          customer
              .sendRequest(
                  "Configuration", subject, "Mes rappels SMS partent avec un jour de retard.")
              .replace("/portal/", "/admin/");

      lucie.login(Demo.LUCIE, Demo.PASSWORD);
      thomas.login(Demo.THOMAS, Demo.PASSWORD);
      lucie.open(ticketPage);
      thomas.open(ticketPage);
      assertTrue(thomas.text().contains(subject));

      lucie.type("#reply\\:text", "Réponse de Lucie : c'est corrigé.");
      lucie.clickAndWait("#reply\\:send");
      assertTrue(lucie.text().contains("Réponse envoyée au client."));

      thomas.type("#reply\\:text", "Réponse de Thomas, écrite sans voir celle de Lucie.");
      thomas.clickAndWait("#reply\\:send");
      String told = thomas.text();
      assertTrue(told.contains("a été modifiée par quelqu'un d'autre"), told);
      assertTrue(
          told.contains("Réponse de Lucie : c'est corrigé."), "Thomas now sees Lucie's reply");
      assertEquals(
          "Réponse de Thomas, écrite sans voir celle de Lucie.",
          thomas.find("#reply\\:text").getAttribute("value"),
          "what Thomas typed is kept");
      thomas.screenshot("11-second-agent-told");

      thomas.clickAndWait("#actions\\:assignToMe");
      assertTrue(thomas.find("#assignee").getText().contains("Thomas Roux"));

      lucie.clickAndWait("#actions\\:resolve");
      assertTrue(lucie.text().contains("a été modifiée par quelqu'un d'autre"), lucie.text());
      assertTrue(
          lucie.find("#assignee").getText().contains("Thomas Roux"), "Thomas's change survives");

      customer.open(customer.currentPath());
      String thread = customer.find("#thread").getText();
      assertTrue(thread.contains("Réponse de Lucie"));
      assertTrue(!thread.contains("Réponse de Thomas"), "the refused reply was not written");
    }
  }
}
