package fr.orthocab.support.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, grouped by spaces or dashes or not, with a card network's
 * prefix and length, whose Luhn check passes. SIRET and SIREN numbers pass Luhn too: their lengths
 * (14 and 9) are no card's here, so Diners' 14-digit cards are left to the agents' eyes.
 */
final class CardNumbers implements SecretDetector {
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![\\p{L}\\d])\\d(?:[ \\-]?\\d){12,18}(?![\\p{L}\\d])");

  @Override
  public List<FoundSecret> find(String text) {
    List<FoundSecret> found = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[ \\-]", "");
      if (networkShape(digits) && luhn(digits)) {
        found.add(new FoundSecret(SecretKind.CARD, m.start(), m.end()));
      }
    }
    return found;
  }

  /** Visa, Mastercard (and CB on them), American Express, Maestro, Discover, JCB. */
  static boolean networkShape(String digits) {
    int length = digits.length();
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    return switch (length) {
      case 13 -> digits.charAt(0) == '4';
      case 15 -> two == 34 || two == 37;
      case 16 ->
          digits.charAt(0) == '4'
              || (two >= 50 && two <= 69)
              || (four >= 2221 && four <= 2720)
              || two == 35;
      case 17, 18, 19 -> digits.charAt(0) == '4' || (two >= 50 && two <= 69) || two == 35;
      default -> false;
    };
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
