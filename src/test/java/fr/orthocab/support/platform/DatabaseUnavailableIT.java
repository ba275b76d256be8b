package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.OddDesk;
import fr.orthocab.support.testing.WebClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A desk started without its database says so in plain words, and is never reported ready. */
@ExtendWith(OddDesk.Extension.class)
class DatabaseUnavailableIT {
  @Test
  void theDeskSaysTheDatabaseIsUnreachableAndStaysNotReady(OddDesk oddDesk) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DeskServer desk =
        oddDesk.startUnready(
            Map.of(
                "APP_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere",
                "APP_DATASOURCE_USER", "nobody",
                "APP_DATASOURCE_PASSWORD", "never-logged"));
    awaitBootEnd(desk);
    HttpResponse<String> ready = new WebClient(desk).get("/health/ready");

    assertEquals(503, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());
    String log = desk.log();
    assertTrue(
        log.contains("DATABASE UNAVAILABLE: cannot connect to jdbc:postgresql://127.0.0.1:"), log);
    assertFalse(log.contains("never-logged"), "the password is never logged");
  }

  /** Payara Micro prints "ready in" once it has tried to deploy the WAR, whatever came of it. */
  private static void awaitBootEnd(DeskServer desk) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!desk.log().contains(") ready in ") && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
