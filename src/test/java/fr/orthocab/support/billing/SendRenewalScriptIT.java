package fr.orthocab.support.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.CheckingProxy;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.Webhook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script the README gives billing's developers signs and sends an event the desk accepts, from
 * a file or from its standard input, and fails when the secret is wrong; each call it makes, and
 * its answer, held to the API's OpenAPI document.
 */
@ExtendWith(SharedDesk.class)
class SendRenewalScriptIT {
  private final CheckingProxy proxy;
  private final String unique = UUID.randomUUID().toString().substring(0, 8);

  /** The script calls the desk through a proxy that holds each call to the API's document. */
  SendRenewalScriptIT(DeskServer desk) {
    this.proxy = new CheckingProxy(desk);
  }

  @AfterEach
  void everyCallFollowedTheDocument() {
    proxy.close();
    assertEquals(List.of(), proxy.mismatches());
  }

  private record Run(int exit, String out, String err) {}

  private Run script(String secret, Path file, String stdin) throws Exception {
    ProcessBuilder builder =
        file == null
            ? new ProcessBuilder(
                "bash", "scripts/send-renewal.sh", proxy.url("/api/billing/renewals"))
            : new ProcessBuilder(
                "bash",
                "scripts/send-renewal.sh",
                proxy.url("/api/billing/renewals"),
                file.toString());
    builder.environment().put("BILLING_WEBHOOK_SECRET", secret);
    Process process = builder.start();
    try (var in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the script may end before reading its input (no secret): what it says is checked below
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script ends");
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void anEventFromAFileWithItsFinalNewlineIsAppliedThenAnsweredAgain(@TempDir Path dir)
      throws Exception {
    Path event = dir.resolve("event.json");
    Files.writeString(
        event,
        Webhook.event("evt_script_" + unique, "script." + unique + "@example.fr", "Script", "Léo")
            + "\n");

    Run first = script(Demo.BILLING_SECRET, event, null);
    assertEquals(0, first.exit(), first.err() + first.out());
    assertTrue(first.err().contains("HTTP 200"), first.err());
    assertTrue(first.out().contains("\"created\":true"), first.out());

    Run again = script(Demo.BILLING_SECRET, event, null);
    assertEquals(0, again.exit(), again.err());
    assertEquals(first.out(), again.out(), "the same answer to a retry");
  }

  @Test
  void anEventOnStandardInputIsAppliedAndAWrongSecretIsRefused() throws Exception {
    String body =
        Webhook.event("evt_stdin_" + unique, "stdin." + unique + "@example.fr", "Entree", "Zoé");

    Run wrong = script("not-the-secret", null, body);
    assertEquals(1, wrong.exit(), wrong.err());
    assertTrue(wrong.err().contains("HTTP 401"), wrong.err());

    Run right = script(Demo.BILLING_SECRET, null, body);
    assertEquals(0, right.exit(), right.err() + right.out());
    assertTrue(right.err().contains("HTTP 200"), right.err());
  }

  @Test
  void withoutASecretTheScriptSaysSoAndSendsNothing() throws Exception {
    Run none = script("", null, "{}");
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("BILLING_WEBHOOK_SECRET"), none.err());
  }
}
