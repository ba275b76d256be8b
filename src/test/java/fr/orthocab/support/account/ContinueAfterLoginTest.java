package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContinueAfterLoginTest {
  @Test
  void onlyPagesOfTheDeskItselfAreKept() {
    assertTrue(ContinueAfterLogin.isDeskPage("/portal/tickets/show.xhtml?id=12", ""));
    assertTrue(ContinueAfterLogin.isDeskPage("/desk/admin/tickets/queue.xhtml", "/desk"));
  }

  @Test
  void otherSitesAndOddPathsAreNot() {
    assertFalse(ContinueAfterLogin.isDeskPage("//evil.example/login.xhtml", ""));
    assertFalse(ContinueAfterLogin.isDeskPage("/\\evil.example", ""));
    assertFalse(ContinueAfterLogin.isDeskPage("http://evil.example/", ""));
    assertFalse(ContinueAfterLogin.isDeskPage("/portal/x\r\nSet-Cookie: a=b", ""));
    assertFalse(ContinueAfterLogin.isDeskPage("/other/page", "/desk"));
    assertFalse(ContinueAfterLogin.isDeskPage("/" + "a".repeat(3000), ""));
  }
}
