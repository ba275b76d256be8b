package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private static final Set<String> BALANCER = Set.of("10.0.0.2");

  @Test
  void theConnectionsAddressWhenItIsNotATrustedProxy() {
    assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", BALANCER));
  }

  @Test
  void behindTheBalancerTheRightmostAddressItDidNotAdd() {
    assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "198.51.100.1", BALANCER));
    assertEquals(
        "198.51.100.1",
        ClientAddress.of("10.0.0.2", "6.6.6.6, 198.51.100.1", BALANCER),
        "what the client wrote itself, left of the balancer's entry, is not believed");
    assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "198.51.100.1, 10.0.0.2", BALANCER));
  }

  @Test
  void noHeaderOrAnOddOne() {
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", null, BALANCER));
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", " , ", BALANCER));
    assertEquals("x".repeat(64), ClientAddress.of("10.0.0.2", "x".repeat(500), BALANCER));
    assertEquals(Set.of("a", "b"), ClientAddress.parse(" a, ,b "));
  }
}
