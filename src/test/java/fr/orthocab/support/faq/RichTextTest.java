package fr.orthocab.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an article's HTML may keep, and what it loses. */
class RichTextTest {
  @Test
  void keepsBasicFormattingListsAndSafeLinks() {
    String html =
        "<p>Voir <strong>Paramètres</strong> :</p><ul><li><em>un</em></li></ul>"
            + "<a href=\"https://support.zoom.com\">Zoom</a>";
    assertEquals(
        "<p>Voir <strong>Paramètres</strong> :</p><ul><li><em>un</em></li></ul>"
            + "<a href=\"https://support.zoom.com\" rel=\"noopener nofollow\">Zoom</a>",
        RichText.clean(html));
  }

  @Test
  void dropsScriptsAndStyles() {
    String clean =
        RichText.clean("<p>ok</p><script>alert(1)</script><style>p{display:none}</style>");
    assertEquals("<p>ok</p>", clean);
  }

  @Test
  void dropsEventHandlersAndImagesFromElsewhere() {
    String clean =
        RichText.clean(
            "<p onclick=\"steal()\">a</p><img src=\"https://evil.example/x.png\""
                + " onerror=\"alert(1)\"><b onmouseover=\"x()\">b</b>");
    assertEquals("<p>a</p><b>b</b>", clean);
  }

  @Test
  void dropsJavascriptLinksButKeepsTheirText() {
    String clean = RichText.clean("<a href=\"javascript:alert(1)\">clic</a>");
    assertFalse(clean.contains("javascript"), clean);
    assertTrue(clean.contains("clic"), clean);
  }

  @Test
  void replacesARelAndDropsTargetsAndStyles() {
    String clean =
        RichText.clean(
            "<a href=\"http://x.fr\" rel=\"opener\" target=\"_blank\" style=\"color:red\">x</a>");
    assertEquals("<a href=\"http://x.fr\" rel=\"noopener nofollow\">x</a>", clean);
  }

  @Test
  void plainTextIsWhatAPersonReads() {
    assertEquals(
        "Agenda > Horaires : ok", RichText.plain("<p>Agenda &gt; Horaires : <b>ok</b></p>"));
    assertEquals("", RichText.plain(null));
  }
}
