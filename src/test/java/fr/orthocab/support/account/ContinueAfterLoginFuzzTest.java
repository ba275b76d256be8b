package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/** The page kept for after the login is never another site, whatever was asked for. */
class ContinueAfterLoginFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void neverKeepsAnotherSite(@NotNull String page) {
    if (ContinueAfterLogin.isDeskPage(page, "/desk")) {
      assertTrue(page.startsWith("/desk/"), page);
      assertFalse(page.startsWith("/desk//") || page.contains("\\") || page.contains("\n"), page);
    }
  }
}
