package fr.orthocab.support.admin;

import static fr.orthocab.support.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Browser;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An agent finds a request from the header's search box: by its reference (with or without the
 * prefix), by the customer's email and name, and by a French word written with another accent and
 * number, the passage shown with the word marked; then the customers' list and the queue's words.
 */
@ExtendWith(SharedDesk.class)
class SearchPageIT {
  private final DeskServer desk;
  private final ApiClient api;

  /** Consonants only: a word of this test's alone, which the analysis keeps as it is. */
  private final String mark = "zq" + UUID.randomUUID().toString().replaceAll("[^b-d]", "") + "tk";

  SearchPageIT(DeskServer desk) {
    this.desk = desk;
    this.api = new ApiClient(desk, Demo.API_TOKEN);
  }

  @Test
  void anAgentFindsARequestByReferenceEmailNameAndAFrenchWord() {
    String reference = open();
    String id = reference.substring("OC-".length());
    try (Browser lucie = new Browser(desk, "search-agent")) {
      lucie.login(Demo.LUCIE, Demo.PASSWORD);

      search(lucie, reference);
      assertEquals("/admin/tickets/show.xhtml?id=" + id, lucie.currentPath());
      search(lucie, id);
      assertEquals("/admin/tickets/show.xhtml?id=" + id, lucie.currentPath());

      search(lucie, Demo.JULIEN);
      assertTrue(lucie.find("#customers").getText().contains("Julien"), lucie.text());
      assertTrue(lucie.find("#tickets").getText().contains(reference), lucie.text());

      search(lucie, "bernard");
      assertTrue(lucie.find("#customers").getText().contains(Demo.JULIEN), lucie.text());
      lucie.clickAndWait("#customers a.customer");
      assertTrue(lucie.currentPath().startsWith("/admin/customers/show.xhtml?id="));

      search(lucie, "problème RAPPEL " + mark);
      String found = lucie.find("#tickets").getText();
      assertTrue(found.contains(reference), found);
      List<String> marked = lucie.all("#tickets mark").stream().map(WebElement::getText).toList();
      assertTrue(marked.contains("problèmes") || marked.contains("Problèmes"), marked.toString());
      assertTrue(marked.contains("rappels"), marked.toString());
      lucie.screenshot("60-search-words");
      lucie.phoneScreenshot("60-search-words");

      assertEquals(
          "headerSearchBox",
          lucie.script(
              "document.body.dispatchEvent(new KeyboardEvent('keydown', {key: '/', bubbles: true}));"
                  + " arguments[arguments.length - 1](document.activeElement.id);"));

      lucie.clickAndWait("#inQueue");
      assertTrue(lucie.find("#queue\\:tickets").getText().contains(reference), lucie.text());
      lucie.screenshot("61-queue-words");
    } finally {
      api.post("/api/tickets/" + reference + "/status", "{\"status\":\"CLOSED\"}");
    }
  }

  @Test
  void anAgentListsCustomersByNameAndOpensOne() {
    try (Browser thomas = new Browser(desk, "customers-agent")) {
      thomas.login(Demo.THOMAS, Demo.PASSWORD);
      thomas.clickAndWait("#navCustomers");
      assertEquals("/admin/customers/list.xhtml", thomas.currentPath());
      thomas.type("#customers\\:words", "martin");
      waitFor(
          () -> {
            String found = thomas.find("#customers\\:found").getText();
            return found.contains(Demo.CLAIRE) && !found.contains(Demo.JULIEN);
          });
      thomas.screenshot("62-customers-list");
      thomas.phoneScreenshot("62-customers-list");
      thomas.clickAndWait("#customers\\:found a.customer");
      assertEquals(Demo.CLAIRE, thomas.find("#email").getText());
    }
  }

  /** A request of Julien's, dated back so as to leave the day's quota to the other tests. */
  private String open() {
    String receivedAt =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(12).withNano(0));
    HttpResponse<String> response =
        api.post(
            "/api/tickets",
            "{\"customerEmail\":\""
                + Demo.JULIEN
                + "\",\"subject\":\"Problèmes de rappels SMS "
                + mark
                + "\",\"body\":\"Bonjour, depuis lundi les rappels SMS de mes patients ne partent"
                + " plus. Merci de votre aide.\",\"receivedAt\":\""
                + receivedAt
                + "\"}");
    assertEquals(201, response.statusCode(), response.body());
    return json(response).getString("reference");
  }

  /** Types in the header's box and presses Enter: the next page replaces this one. */
  private static void search(Browser browser, String text) {
    WebElement box = browser.find("#headerSearchBox");
    box.clear();
    box.sendKeys(text);
    box.sendKeys(Keys.ENTER);
    waitFor(() -> isStale(box));
  }

  private static boolean isStale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException replaced) {
      return true;
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    long until = System.currentTimeMillis() + 15_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("Still waiting after 15 s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
