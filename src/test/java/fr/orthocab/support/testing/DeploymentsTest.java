package fr.orthocab.support.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentsTest {
  @Test
  void theOneDeploymentHoldsEveryInContainerTestClassAndNoBlackBoxOne() {
    List<String> tests = Deployments.inContainerTests().stream().map(Class::getName).toList();

    assertTrue(tests.contains("fr.orthocab.support.ticket.TicketsIT"), tests.toString());
    assertFalse(
        tests.contains("fr.orthocab.support.api.TicketApiIT"),
        "runs against the shared desk over HTTP");
    assertTrue(tests.size() >= 15, tests.toString());
  }
}
