package fr.orthocab.support.admin.reports;

import fr.orthocab.support.sla.report.IsoWeek;
import fr.orthocab.support.sla.report.WeeklyShare;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Chart.js configuration of the weekly shares, as the JSON that PrimeFaces 15's {@code p:chart}
 * takes (its Java chart models were removed in PrimeFaces 14). For each pack, bars for the share
 * within objective and a line for the share within deadline, in percent, one point per week of the
 * period; a week without reply has no point rather than a zero.
 */
final class WeeklySharesChart {
  private WeeklySharesChart() {}

  static String json(
      List<IsoWeek> weeks,
      List<WeeklyShare> shares,
      Function<String, String> objectiveLabel,
      Function<String, String> deadlineLabel) {
    Map<String, Map<IsoWeek, WeeklyShare>> byPack = new LinkedHashMap<>();
    for (WeeklyShare share : shares) {
      byPack.computeIfAbsent(share.pack(), pack -> new LinkedHashMap<>()).put(share.week(), share);
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    weeks.forEach(week -> labels.add(week.getLabel()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    byPack.forEach(
        (pack, ofPack) -> {
          datasets.add(
              dataset(
                  "bar",
                  objectiveLabel.apply(pack),
                  weeks,
                  ofPack,
                  WeeklyShare::getObjectiveShare));
          datasets.add(
              dataset(
                      "line",
                      deadlineLabel.apply(pack),
                      weeks,
                      ofPack,
                      WeeklyShare::getDeadlineShare)
                  .add("spanGaps", true));
        });
    JsonObjectBuilder percentAxis =
        Json.createObjectBuilder().add("min", 0).add("max", 100).add("beginAtZero", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", percentAxis)))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String type,
      String label,
      List<IsoWeek> weeks,
      Map<IsoWeek, WeeklyShare> ofPack,
      Function<WeeklyShare, Double> share) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (IsoWeek week : weeks) {
      WeeklyShare inWeek = ofPack.get(week);
      Double value = inWeek == null ? null : share.apply(inWeek);
      if (value == null) {
        data.addNull();
      } else {
        data.add(Math.round(value * 1000) / 10.0);
      }
    }
    return Json.createObjectBuilder().add("type", type).add("label", label).add("data", data);
  }
}
