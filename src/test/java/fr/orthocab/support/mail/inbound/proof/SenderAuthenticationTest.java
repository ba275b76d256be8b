package fr.orthocab.support.mail.inbound.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SenderAuthenticationTest {
  private static final String MX = "mx.orthocab.fr";

  @Test
  void dmarcPassForTheFromDomainFromTheTrustedServerProvesTheSender() {
    HeaderFields headers =
        HeaderFields.of(
            "Authentication-Results: mx.orthocab.fr;\r\n"
                + "\tspf=pass smtp.mailfrom=claire@cabinet-claire.fr;\r\n"
                + "\tdmarc=pass (p=reject dis=none) header.from=Cabinet-Claire.fr\n"
                + "From: Claire <claire@cabinet-claire.fr>");

    assertTrue(SenderAuthentication.proves(headers, "claire@cabinet-claire.fr", MX));
  }

  @Test
  void noTrustedServerSetProvesNothing() {
    HeaderFields headers =
        HeaderFields.of("Authentication-Results: mx.orthocab.fr; dmarc=pass header.from=a.fr");

    assertFalse(SenderAuthentication.proves(headers, "claire@a.fr", null));
    assertFalse(SenderAuthentication.proves(headers, "claire@a.fr", " "));
  }

  @Test
  void onlyTheTopmostFieldOfTheTrustedServerCountsNotOneTheSenderWroteBelow() {
    HeaderFields headers =
        HeaderFields.of(
            "Authentication-Results: mx.orthocab.fr; dmarc=fail header.from=a.fr\n"
                + "Received: from julien.example by mx.orthocab.fr\n"
                + "Authentication-Results: mx.orthocab.fr; dmarc=pass header.from=a.fr");

    assertFalse(SenderAuthentication.proves(headers, "claire@a.fr", MX));
  }

  @Test
  void anotherServersVerdictIsNotTrusted() {
    HeaderFields headers =
        HeaderFields.of("Authentication-Results: mx.julien.example; dmarc=pass header.from=a.fr");

    assertFalse(SenderAuthentication.proves(headers, "claire@a.fr", MX));
  }

  @Test
  void dmarcPassForAnotherDomainProvesNothingAboutTheFromDomain() {
    HeaderFields headers =
        HeaderFields.of(
            "Authentication-Results: mx.orthocab.fr; dmarc=pass header.from=julien.example");

    assertFalse(SenderAuthentication.proves(headers, "claire@a.fr", MX));
  }

  @Test
  void spfAndDkimBothAlignedProveItWithoutDmarcButNotOneAlone() {
    String spf = "spf=pass smtp.mailfrom=bounces@news.a.fr";
    String dkim = "dkim=pass header.d=a.fr header.s=sel";
    assertTrue(
        SenderAuthentication.proves(
            HeaderFields.of("Authentication-Results: mx.orthocab.fr; " + spf + "; " + dkim),
            "claire@news.a.fr",
            MX));
    assertFalse(
        SenderAuthentication.proves(
            HeaderFields.of("Authentication-Results: mx.orthocab.fr; " + spf),
            "claire@news.a.fr",
            MX));
    assertFalse(
        SenderAuthentication.proves(
            HeaderFields.of(
                "Authentication-Results: mx.orthocab.fr; "
                    + spf
                    + "; dkim=pass header.d=julien.example"),
            "claire@news.a.fr",
            MX),
        "a signature of another domain is not aligned");
  }

  @Test
  void aTopLevelDomainIsNoParentThatAligns() {
    assertFalse(
        SenderAuthentication.proves(
            HeaderFields.of(
                "Authentication-Results: mx.orthocab.fr; spf=pass smtp.mailfrom=x@fr;"
                    + " dkim=pass header.d=fr"),
            "claire@a.fr",
            MX));
  }

  @Test
  void commentsAndQuotedStringsAreReadAsRfc8601SaysNotAsText() {
    AuthenticationResults read =
        AuthenticationResults.parse(
                "mx.orthocab.fr 1 (the (nested) comment; dmarc=pass); dkim/1 = pass"
                    + " reason=\"good; signature\" header.d=a.fr")
            .orElseThrow();

    assertEquals("mx.orthocab.fr", read.authservId());
    assertEquals(1, read.results().size(), "the comment's ';' ends nothing");
    assertEquals("dkim", read.results().get(0).method());
    assertEquals("pass", read.results().get(0).result());
    assertEquals("a.fr", read.results().get(0).property("header.d"));
  }

  @Test
  void aBrokenFieldIsReadAsNothing() {
    assertTrue(AuthenticationResults.parse("mx.orthocab.fr; dmarc=pass (open").isEmpty());
    assertTrue(AuthenticationResults.parse("mx.orthocab.fr; dmarc").isEmpty());
    assertTrue(AuthenticationResults.parse("").isEmpty());
    assertTrue(
        AuthenticationResults.parse("mx.orthocab.fr; none").orElseThrow().results().isEmpty());
  }

  @Test
  void domainsAreReadFromAddressesOrBareDomains() {
    assertEquals("a.fr", SenderAuthentication.domainOf("Claire@A.fr"));
    assertEquals("a.fr", SenderAuthentication.domainOf("@a.fr"));
    assertNull(SenderAuthentication.domainOf("claire@"));
  }
}
