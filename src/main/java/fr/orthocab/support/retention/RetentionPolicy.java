package fr.orthocab.support.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How long each kind of content is kept, and what that means at a given instant: the cut-off before
 * which each is purged. Plain Java, so that the periods' arithmetic and wording are tested without
 * a container; the settings are read in {@link RetentionSettings}.
 *
 * @param contentDays a closed request's subject and texts, and the copies of the mails sent, after
 *     its closing
 * @param filesDays files attached to messages or mailed, after they came
 * @param rawMailDays the raw mail (original headers and texts) kept for agents, after it came
 * @param webhookDays bodies of webhook calls that were not applied or not validly signed
 * @param auditDays audit entries and the record of who read what
 */
public record RetentionPolicy(
    int contentDays, int filesDays, int rawMailDays, int webhookDays, int auditDays) {

  /** The defaults of the README: 3 years, 1 year, 90 days, 30 days, 6 years. */
  public static final RetentionPolicy DEFAULT = new RetentionPolicy(1095, 365, 90, 30, 2190);

  public RetentionPolicy {
    positive("content", contentDays);
    positive("files", filesDays);
    positive("raw mail", rawMailDays);
    positive("webhook", webhookDays);
    positive("audit", auditDays);
  }

  private static void positive(String what, int days) {
    if (days < 1) {
      throw new IllegalArgumentException(
          "The " + what + " retention must be at least one day, not " + days);
    }
  }

  /** The instants before which each kind is purged, seen from {@code now}. */
  public Cutoffs cutoffs(Instant now) {
    return new Cutoffs(
        before(now, contentDays),
        before(now, filesDays),
        before(now, rawMailDays),
        before(now, webhookDays),
        before(now, auditDays));
  }

  /** What replaces a purged request's subject and texts: "[contenu effacé après 3 ans]". */
  public String contentMarker() {
    return "[contenu effacé après " + frenchPeriod(contentDays) + "]";
  }

  /** How long files are kept, in words of that language: "1 an", "1 year". */
  public String filesPeriod(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishPeriod(filesDays) : frenchPeriod(filesDays);
  }

  /** "3 ans", "1 an", "90 jours": whole years when the days are a multiple of 365. */
  static String frenchPeriod(int days) {
    if (days % 365 == 0) {
      int years = days / 365;
      return years + (years == 1 ? " an" : " ans");
    }
    return days + (days == 1 ? " jour" : " jours");
  }

  /** "3 years", "1 year", "90 days". */
  static String englishPeriod(int days) {
    if (days % 365 == 0) {
      int years = days / 365;
      return years + (years == 1 ? " year" : " years");
    }
    return days + (days == 1 ? " day" : " days");
  }

  private static Instant before(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }

  /** Each kind's cut-off: content of that age or older is purged. */
  public record Cutoffs(
      Instant closedContent,
      Instant files,
      Instant rawMails,
      Instant webhookBodies,
      Instant audit) {}
}
