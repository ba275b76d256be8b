package fr.orthocab.support.admin.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.sla.report.IsoWeek;
import fr.orthocab.support.sla.report.WeeklyShare;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklySharesChartTest {
  @Test
  void eachPackHasObjectiveBarsAndADeadlineLineInPercentWithAGapForAWeekWithoutReply() {
    String json =
        WeeklySharesChart.json(
            List.of(new IsoWeek(2020, 53), new IsoWeek(2021, 1), new IsoWeek(2021, 2)),
            List.of(
                new WeeklyShare("P", new IsoWeek(2020, 53), 8, 7, 8),
                new WeeklyShare("P", new IsoWeek(2021, 2), 3, 1, 2)),
            pack -> "objectif " + pack,
            pack -> "délai " + pack);
    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    assertEquals("bar", chart.getString("type"));
    assertEquals(
        List.of("2020-W53", "2021-W01", "2021-W02"),
        chart
            .getJsonObject("data")
            .getJsonArray("labels")
            .getValuesAs(v -> v.toString().replace("\"", "")));
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals(2, datasets.size());
    JsonObject objective = datasets.getJsonObject(0);
    assertEquals("objectif P", objective.getString("label"));
    assertEquals(87.5, objective.getJsonArray("data").getJsonNumber(0).doubleValue());
    assertEquals(JsonValue.NULL, objective.getJsonArray("data").get(1));
    assertEquals(33.3, objective.getJsonArray("data").getJsonNumber(2).doubleValue());
    JsonObject deadline = datasets.getJsonObject(1);
    assertEquals("line", deadline.getString("type"));
    assertEquals(66.7, deadline.getJsonArray("data").getJsonNumber(2).doubleValue());
  }
}
