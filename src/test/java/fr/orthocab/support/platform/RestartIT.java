package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What was saved is still there after Payara Micro stops and starts again on its database. */
@ExtendWith(SharedDesk.class)
class RestartIT {
  private final DeskServer desk;

  RestartIT(DeskServer desk) {
    this.desk = desk;
  }

  @Test
  void aRequestSurvivesARestartAndDemoDataIsNotLoadedTwice() {
    String subject = "Survit au redémarrage " + UUID.randomUUID().toString().substring(0, 6);
    String page;
    int demoTickets;
    try (Browser customer = new Browser(desk, "restart")) {
      customer.login(Demo.JULIEN, Demo.PASSWORD);
      demoTickets = customer.all("#mine\\:tickets_data tr").size();
      page = customer.sendRequest("Autre", subject, "Cette demande doit survivre au redémarrage.");
    }

    desk.restart();

    try (Browser customer = new Browser(desk, "restart")) {
      customer.login(Demo.JULIEN, Demo.PASSWORD);
      assertEquals(demoTickets + 1, customer.all("#mine\\:tickets_data tr").size());
      customer.open(page);
      assertTrue(customer.text().contains(subject), customer.text());
      assertTrue(customer.text().contains("Cette demande doit survivre au redémarrage."));
    }
  }
}
