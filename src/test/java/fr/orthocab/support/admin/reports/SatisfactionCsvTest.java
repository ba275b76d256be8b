package fr.orthocab.support.admin.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SatisfactionCsvTest {
  @Test
  void aCommentASpreadsheetWouldComputeStaysText() {
    assertEquals(
        "\"'=HYPERLINK(\"\"http://x\"\")\"", SatisfactionCsv.text("=HYPERLINK(\"http://x\")"));
    assertEquals("'+33 6 12", SatisfactionCsv.text("+33 6 12"));
    assertEquals("'-2", SatisfactionCsv.text("-2"));
    assertEquals("'@SUM(A1)", SatisfactionCsv.text("@SUM(A1)"));
    assertEquals("Très bien", SatisfactionCsv.text("Très bien"));
    assertEquals("\"Lent; très lent\"", SatisfactionCsv.text("Lent; très lent"));
    assertEquals("", SatisfactionCsv.text(null));
  }
}
