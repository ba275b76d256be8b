package fr.orthocab.support.admin.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.sla.report.IsoWeek;
import fr.orthocab.support.sla.report.WeeklyShare;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklySharesCsvTest {
  @Test
  void excelInFranceReadsItUtf8WithBomSemicolonsAndDecimalCommas() {
    byte[] csv =
        WeeklySharesCsv.of(
            List.of(
                new WeeklyShare("TELESOIN", new IsoWeek(2020, 53), 8, 7, 8),
                new WeeklyShare(null, new IsoWeek(2021, 1), 3, 1, 2)),
            pack -> pack == null ? "Politique par défaut" : "Pack Télésoin ORTHOCAB");
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "BOM");
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertEquals(
        "Pack;Semaine;Lundi;Réponses;Dans l'objectif;Part dans l'objectif (%);Dans le délai;"
            + "Part dans le délai (%)\r\n"
            + "Pack Télésoin ORTHOCAB;2020-W53;28/12/2020;8;7;87,5;8;100,0\r\n"
            + "Politique par défaut;2021-W01;04/01/2021;3;1;33,3;2;66,7\r\n",
        text);
  }

  @Test
  void aFieldWithASeparatorOrQuoteIsQuoted() {
    assertEquals("\"Pack \"\"A\"\"; B\"", WeeklySharesCsv.field("Pack \"A\"; B"));
    assertEquals("Pack A", WeeklySharesCsv.field("Pack A"));
  }

  @Test
  void noWeekGivesTheHeaderAlone() {
    String text = new String(WeeklySharesCsv.of(List.of(), p -> p), StandardCharsets.UTF_8);
    assertEquals(WeeklySharesCsv.BOM + WeeklySharesCsv.HEADER + "\r\n", text);
  }
}
