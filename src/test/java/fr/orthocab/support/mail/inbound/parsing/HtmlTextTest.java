package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void dropsScriptsStylesAndImagesAndKeepsText() {
    String html =
        "<html><head><style>p{color:red}</style><script>alert('head')</script></head><body>"
            + "<p>Bonjour,</p><p>le lien <b>manque</b>.<script>alert(1)</script></p>"
            + "<img src=\"https://track.example/p.gif?u=42\" width=1 height=1 alt=\"pixel\">"
            + "<img src=\"https://cdn.example/logo.png\" alt=\"logo\">"
            + "<iframe src=\"https://evil.example\"></iframe><div onclick=\"x()\">Merci</div>"
            + "</body></html>";
    String text = HtmlText.of(html);
    assertEquals("Bonjour,\n\nle lien manque.\n\nMerci", text);
  }

  @Test
  void linksKeepTheirAddressAsText() {
    String text = HtmlText.of("<p>Voir <a href=\"https://orthocab.fr/faq\">la FAQ</a></p>");
    assertEquals("Voir la FAQ (https://orthocab.fr/faq)", text);
  }

  @Test
  void escapedMarkupStaysText() {
    String text = HtmlText.of("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    assertEquals("<script>alert(1)</script>", text);
    assertTrue(text.contains("<script>"), "shown escaped by the pages, never interpreted");
    assertFalse(HtmlText.of("<p onmouseover=\"x()\">a</p>").contains("onmouseover"));
  }

  @Test
  void listsAndBreaksBecomeLines() {
    assertEquals(
        "- un\n- deux\nfin\nligne", HtmlText.of("<ul><li>un</li><li>deux</li></ul>fin<br>ligne"));
  }

  @Test
  void aHundredKilobyteRunOfSpacesIsTidiedAtOnce() {
    String text = "a" + " ".repeat(100_000) + "b\n  \n\n\n \t c  ";
    // guards against catastrophic backtracking, not a benchmark
    assertEquals(
        "a" + " ".repeat(100_000) + "b\n\nc",
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> HtmlText.tidy(text)));
  }

  @Test
  void tidyKeepsOneBlankLineAtMostAndNoSpacesAroundLines() {
    assertEquals("x\n\ny\nz", HtmlText.tidy("\n \tx \n\n\n\n  y\t\nz\u00a0"));
  }
}
