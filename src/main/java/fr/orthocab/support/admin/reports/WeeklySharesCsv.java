package fr.orthocab.support.admin.reports;

import fr.orthocab.support.sla.report.WeeklyShare;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The weekly figures as a CSV file for Excel as French offices set it up: UTF-8 with a byte order
 * mark (without it Excel reads the file as Windows-1252 and mangles accents), {@code ;} between
 * fields (the comma is the decimal separator there), a French header row and CRLF line ends.
 */
public final class WeeklySharesCsv {
  static final String BOM = "\uFEFF";
  static final String HEADER =
      "Pack;Semaine;Lundi;Réponses;Dans l'objectif;Part dans l'objectif (%);Dans le délai;"
          + "Part dans le délai (%)";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private WeeklySharesCsv() {}

  /**
   * @param packName the French name of a pack code (null: the default policy)
   */
  public static byte[] of(List<WeeklyShare> shares, Function<String, String> packName) {
    StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (WeeklyShare share : shares) {
      csv.append(field(packName.apply(share.pack())))
          .append(';')
          .append(share.week().getLabel())
          .append(';')
          .append(DAY.format(share.week().monday()))
          .append(';')
          .append(share.replies())
          .append(';')
          .append(share.withinObjective())
          .append(';')
          .append(percent(share.getObjectiveShare()))
          .append(';')
          .append(share.withinDeadline())
          .append(';')
          .append(percent(share.getDeadlineShare()))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String percent(Double share) {
    return share == null ? "" : String.format(Locale.FRANCE, "%.1f", share * 100);
  }

  /** Quotes a field that holds a separator, a quote or a line break, doubling its quotes. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(";")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
