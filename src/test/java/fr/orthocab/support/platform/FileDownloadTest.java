package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileDownloadTest {
  @Test
  void theDispositionIsAnAttachmentWithAnAsciiFallbackAndTheExactNameEncoded() {
    assertEquals(
        "attachment; filename=\"compte-rendu_t_.pdf\"; filename*=UTF-8''compte-rendu%C3%A9t%C3%A9.pdf",
        FileDownload.disposition("compte-renduété.pdf"));
  }

  @Test
  void quotesSemicolonsAndStarsCannotBreakTheHeader() {
    assertEquals(
        "attachment; filename=\"a_ b_c_d*.png\"; filename*=UTF-8''a%22%20b%3Bc%5Cd%2A.png",
        FileDownload.disposition("a\" b;c\\d*.png"));
  }

  @Test
  void activeContentIsNeverServedAsSuch() {
    assertEquals("application/octet-stream", FileDownload.servedType("text/html"));
    assertEquals("application/octet-stream", FileDownload.servedType("image/svg+xml"));
    assertEquals("image/png", FileDownload.servedType("image/png"));
    assertEquals("text/plain; charset=UTF-8", FileDownload.servedType("text/plain"));
  }
}
