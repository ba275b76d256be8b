package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailAttachmentServletTest {
  @Test
  void theDispositionIsAnAttachmentWithAnAsciiFallbackAndTheExactNameEncoded() {
    assertEquals(
        "attachment; filename=\"compte-rendu_t_.pdf\"; filename*=UTF-8''compte-rendu%C3%A9t%C3%A9.pdf",
        MailAttachmentServlet.disposition("compte-renduété.pdf"));
  }

  @Test
  void quotesSemicolonsAndStarsCannotBreakTheHeader() {
    assertEquals(
        "attachment; filename=\"a_ b_c_d*.png\"; filename*=UTF-8''a%22%20b%3Bc%5Cd%2A.png",
        MailAttachmentServlet.disposition("a\" b;c\\d*.png"));
  }

  @Test
  void activeContentIsNeverServedAsSuch() {
    assertEquals("application/octet-stream", MailAttachmentServlet.servedType("text/html"));
    assertEquals("application/octet-stream", MailAttachmentServlet.servedType("image/svg+xml"));
    assertEquals("image/png", MailAttachmentServlet.servedType("image/png"));
    assertEquals("text/plain; charset=UTF-8", MailAttachmentServlet.servedType("text/plain"));
  }
}
