package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
  private static final URI FROM_EVIL_HOST =
      URI.create("http://evil.example/portal/tickets/list.xhtml");
  private final BaseUrl configured = new BaseUrl(Optional.of("https://support.orthocab.fr/"));
  private final BaseUrl unset = new BaseUrl(Optional.empty());

  @Test
  void pathsOfTheDeskGoToTheConfiguredAddress() {
    assertEquals("https://support.orthocab.fr/login.xhtml", configured.of("/login.xhtml"));
    assertEquals(
        "https://support.orthocab.fr/login.xhtml?loggedOut=true",
        configured.target("/login.xhtml?loggedOut=true", FROM_EVIL_HOST));
  }

  @Test
  void onlyAnHttpsAddressMakesTheDeskAnHttpsOne() {
    assertTrue(configured.https());
    assertTrue(new BaseUrl(Optional.of(" HTTPS://support.orthocab.fr/ ")).https());
    assertFalse(new BaseUrl(Optional.of("http://localhost:8080")).https());
    assertFalse(new BaseUrl(Optional.of("httpsx.example")).https());
    assertFalse(unset.https(), "a bare demo is on http");
  }

  @Test
  void linksInMailsAreAbsoluteEvenWithoutAConfiguredAddress() {
    assertEquals(
        "https://support.orthocab.fr/invitation.xhtml?token=t",
        configured.absolute("/invitation.xhtml?token=t"));
    assertEquals("http://localhost:8080/login.xhtml", unset.absolute("/login.xhtml"));
  }

  @Test
  void anAddressBuiltFromTheHostHeaderIsMovedToTheConfiguredAddress() {
    assertEquals(
        "https://support.orthocab.fr/login.xhtml",
        configured.target("http://evil.example/login.xhtml", FROM_EVIL_HOST));
    assertEquals(
        "https://support.orthocab.fr/portal/",
        configured.target("http://EVIL.example:80/portal/", FROM_EVIL_HOST));
  }

  @Test
  void withoutAConfiguredAddressRedirectsStayRelative() {
    assertEquals("/login.xhtml", unset.of("/login.xhtml"));
    assertEquals("/login.xhtml", unset.target("http://evil.example/login.xhtml", FROM_EVIL_HOST));
    assertEquals(
        "/portal/tickets/show.xhtml?id=3", unset.target("show.xhtml?id=3", FROM_EVIL_HOST));
  }

  @Test
  void anotherSitesAddressIsLeftAlone() {
    assertEquals(
        "https://www.orthocab.fr/aide",
        configured.target("https://www.orthocab.fr/aide", FROM_EVIL_HOST));
    assertEquals(
        "http://evil.example:8443/x",
        configured.target("http://evil.example:8443/x", FROM_EVIL_HOST));
  }

  @Test
  void aBlankSettingCountsAsUnset() {
    assertEquals("/login.xhtml", new BaseUrl(Optional.of("  ")).of("/login.xhtml"));
  }
}
