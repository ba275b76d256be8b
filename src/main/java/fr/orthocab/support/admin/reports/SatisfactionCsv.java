package fr.orthocab.support.admin.reports;

import fr.orthocab.support.platform.ClockProducer;
import fr.orthocab.support.satisfaction.Rating;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.sla.report.IsoWeek;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Every rating of the period as a CSV file, in the house's CSV for French Excel ({@link
 * WeeklySharesCsv}: BOM, {@code ;}, French header, CRLF). The customers' comments are their own
 * words: a field that a spreadsheet would read as a formula ({@code = + - @}, a tab or a carriage
 * return first) is written with an apostrophe before it, so that it stays text (OWASP's CSV
 * injection advice).
 */
public final class SatisfactionCsv {
  static final String HEADER =
      "Semaine;Résolue le;Demande;Pack;Agent;Catégorie;Réponse;Répondu par;Commentaire";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ClockProducer.PARIS);

  private SatisfactionCsv() {}

  public static byte[] of(
      List<SatisfactionRating> ratings,
      Function<String, String> packName,
      Function<String, String> categoryName) {
    StringBuilder csv = new StringBuilder(WeeklySharesCsv.BOM).append(HEADER).append("\r\n");
    for (SatisfactionRating r : ratings) {
      csv.append(IsoWeek.of(r.getResolvedAt(), ClockProducer.PARIS).getLabel())
          .append(';')
          .append(DAY.format(r.getResolvedAt()))
          .append(';')
          .append(r.getTicket().getReference())
          .append(';')
          .append(text(packName.apply(r.getPackCode())))
          .append(';')
          .append(text(r.getAgent() == null ? "" : r.getAgent().getDisplayName()))
          .append(';')
          .append(text(categoryName.apply(r.getCategory().name())))
          .append(';')
          .append(r.getRating() == Rating.GOOD ? "Oui" : "Non")
          .append(';')
          .append(r.getRatedVia() == null ? "" : r.getRatedVia().name().toLowerCase())
          .append(';')
          .append(text(r.getComment()))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Quoted as the house's CSV does, after neutralising what a spreadsheet would compute. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    String safe =
        first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
            ? "'" + value
            : value;
    return WeeklySharesCsv.field(safe);
  }
}
