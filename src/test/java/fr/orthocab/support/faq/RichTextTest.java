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

  /** What Quill 2 (p:textEditor) submits: its list markup, marker spans, classes and link. */
  @Test
  void keepsTheSemanticsOfTheEditorsHtmlAndDropsItsClasses() {
    String quill =
        "<h2>Partager l'agenda</h2><p>Voir <strong>Agenda</strong> et <em>Horaires</em>.</p>"
            + "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\">"
            + "</span>un</li><li data-list=\"bullet\"><span class=\"ql-ui\""
            + " contenteditable=\"false\"></span>deux</li></ol>"
            + "<ol><li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\">"
            + "</span>premier</li></ol><h3 class=\"ql-align-center\">Liens</h3>"
            + "<p><a href=\"https://support.zoom.com\" rel=\"noopener noreferrer\""
            + " target=\"_blank\">Zoom</a></p><p><br></p>";
    assertEquals(
        "<h2>Partager l'agenda</h2><p>Voir <strong>Agenda</strong> et <em>Horaires</em>.</p>"
            + "<ul><li>un</li><li>deux</li></ul><ol><li>premier</li></ol><h3>Liens</h3>"
            + "<p><a href=\"https://support.zoom.com\" rel=\"noopener nofollow\">Zoom</a></p>"
            + "<p><br></p>",
        RichText.clean(quill));
  }

  @Test
  void splitsAQuillListThatMixesBulletsAndNumbers() {
    String quill =
        "<ol><li data-list=\"ordered\">a</li><li data-list=\"bullet\">b</li>"
            + "<li data-list=\"bullet\" class=\"ql-indent-1\">c</li>"
            + "<li data-list=\"ordered\">d</li></ol>";
    assertEquals(
        "<ol><li>a</li></ol><ul><li>b</li><li>c</li></ul><ol><li>d</li></ol>",
        RichText.clean(quill));
  }

  @Test
  void dropsHostileMarkupSmuggledPastTheEditor() {
    String posted =
        "<p>Voir <a href=\"javascript:alert(1)\" rel=\"noopener noreferrer\" target=\"_blank\">"
            + "ici</a></p><p><img src=\"x\" onerror=\"alert(1)\"></p>"
            + "<p class=\"ql-font-serif\" style=\"color: red;\">"
            + "<span style=\"background-color: yellow;\">jaune</span></p>"
            + "<script>alert(2)</script>";
    assertEquals(
        "<p>Voir <a rel=\"noopener nofollow\">ici</a></p><p></p><p>jaune</p>",
        RichText.clean(posted));
  }

  @Test
  void dropsTheCaretMarkerAndTurnsAPastedTitleIntoASubHeading() {
    assertEquals(
        "<h2>Titre</h2><p>gras</p>",
        RichText.clean("<h1>Titre</h1><p>gras<span class=\"ql-cursor\">\uFEFF</span></p>"));
  }

  @Test
  void plainTextIsWhatAPersonReads() {
    assertEquals(
        "Agenda > Horaires : ok", RichText.plain("<p>Agenda &gt; Horaires : <b>ok</b></p>"));
    assertEquals("", RichText.plain(null));
  }
}
