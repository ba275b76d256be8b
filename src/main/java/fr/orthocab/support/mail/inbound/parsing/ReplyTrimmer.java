package fr.orthocab.support.mail.inbound.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reply's own text, without the history it quotes nor the signature, where both can be told
 * reliably; agents still see the original. What is cut:
 *
 * <ul>
 *   <li>from an attribution line on (French "Le … a écrit :", English "On … wrote:", also wrapped
 *       over two lines as Gmail does), or from Outlook's "-----Original Message-----" /
 *       "-----Message d'origine-----" or its header block ("De : …" / "From: …" followed within
 *       three lines by "Envoyé : …" / "Sent: …" / "Date : …");
 *   <li>every line quoted with "&gt;";
 *   <li>from the standard signature separator "-- " on, and a last "Envoyé de mon iPhone" / "Sent
 *       from my …" line;
 *   <li>after a French or English closing ("Cordialement,", "Bien à vous", "Best regards" …) alone
 *       on its line, the lines that follow only when they are at most four short lines (a name, a
 *       title, a phone number): the closing itself is kept.
 * </ul>
 *
 * When nothing would be left, the text is kept whole.
 */
final class ReplyTrimmer {
  private static final Pattern ATTRIBUTION_FR =
      Pattern.compile("^\\s*Le\\s.{4,250}\\sa\\s+écrit\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTION_EN =
      Pattern.compile("^\\s*On\\s.{4,250}\\swrote\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORIGINAL_MESSAGE =
      Pattern.compile(
          "^\\s*-{3,}\\s*(Original Message|Message d'origine|Message original|Mail original)\\s*-{3,}\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTLOOK_FROM =
      Pattern.compile("^\\s*\\**(De|From)\\s*:\\**\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTLOOK_SENT =
      Pattern.compile("^\\s*\\**(Envoyé|Sent|Date)\\s*:\\**\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENT_FROM_DEVICE =
      Pattern.compile(
          "^\\s*(Envoyé de mon|Envoyé depuis mon|Sent from my|Get Outlook for)\\s.{1,60}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSING =
      Pattern.compile(
          "^\\s*(Cordialement|Bien cordialement|Très cordialement|Bien à vous|Bien à toi"
              + "|Salutations|Sincères salutations|Meilleures salutations|Bonne journée"
              + "|Best regards|Kind regards|Regards|Best wishes|Sincerely|Yours sincerely)"
              + "\\s*+[,.!]?\\s*+$",
          Pattern.CASE_INSENSITIVE);
  private static final int SIGNATURE_LINES = 4;
  private static final int SIGNATURE_LINE_LENGTH = 60;

  private ReplyTrimmer() {}

  static String trim(String text) {
    if (text == null) {
      return "";
    }
    List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (startsHistory(lines, i) || line.equals("-- ") || line.equals("--")) {
        break;
      }
      if (!line.stripLeading().startsWith(">")) {
        kept.add(line);
      }
    }
    dropTrailingBlanks(kept);
    if (!kept.isEmpty() && SENT_FROM_DEVICE.matcher(kept.get(kept.size() - 1)).matches()) {
      kept.remove(kept.size() - 1);
      dropTrailingBlanks(kept);
    }
    dropSignatureAfterClosing(kept);
    while (!kept.isEmpty() && kept.get(kept.size() - 1).strip().matches("_{5,}")) {
      kept.remove(kept.size() - 1);
      dropTrailingBlanks(kept);
    }
    String trimmed = String.join("\n", kept).strip();
    return trimmed.isEmpty() ? text.strip() : trimmed;
  }

  private static boolean startsHistory(List<String> lines, int i) {
    String line = lines.get(i);
    if (ATTRIBUTION_FR.matcher(line).matches()
        || ATTRIBUTION_EN.matcher(line).matches()
        || ORIGINAL_MESSAGE.matcher(line).matches()) {
      return true;
    }
    if (i + 1 < lines.size()) {
      String twoLines = line.stripTrailing() + " " + lines.get(i + 1).strip();
      if (line.strip().matches("(?i)^(Le|On)\\s.*")
          && (ATTRIBUTION_FR.matcher(twoLines).matches()
              || ATTRIBUTION_EN.matcher(twoLines).matches())) {
        return true;
      }
    }
    if (OUTLOOK_FROM.matcher(line).matches()) {
      for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
        if (OUTLOOK_SENT.matcher(lines.get(j)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void dropSignatureAfterClosing(List<String> kept) {
    for (int i = Math.max(0, kept.size() - SIGNATURE_LINES - 1); i < kept.size(); i++) {
      if (CLOSING.matcher(kept.get(i)).matches()) {
        List<String> after = kept.subList(i + 1, kept.size());
        boolean shortLines =
            after.stream().allMatch(l -> l.strip().length() <= SIGNATURE_LINE_LENGTH);
        if (shortLines) {
          after.clear();
        }
        return;
      }
    }
  }

  private static void dropTrailingBlanks(List<String> lines) {
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
  }
}
