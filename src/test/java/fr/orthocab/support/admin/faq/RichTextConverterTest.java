package fr.orthocab.support.admin.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the editor's value becomes on the way in and on the way back into the page. */
class RichTextConverterTest {
  private final RichTextConverter converter = new RichTextConverter();

  @Test
  void anEditorLeftWithoutWordsHasNoValueSoRequiredHolds() {
    assertNull(converter.getAsObject(null, null, "<p><br></p><p> </p>"));
    assertNull(converter.getAsObject(null, null, "<p><img src=x onerror=alert(1)></p>"));
    assertNull(converter.getAsObject(null, null, null));
  }

  @Test
  void whatComesInIsSanitised() {
    assertEquals(
        "<p><strong>Agenda</strong></p>",
        converter.getAsObject(
            null,
            null,
            "<p class=\"ql-align-center\"><strong>Agenda</strong><script>x()</script></p>"));
  }

  @Test
  void whatIsWrittenIntoThePageUnescapedIsSanitisedToo() {
    assertEquals("<p>a</p>", converter.getAsString(null, null, "<p onclick=\"x()\">a</p>"));
    assertEquals("", converter.getAsString(null, null, null));
  }
}
