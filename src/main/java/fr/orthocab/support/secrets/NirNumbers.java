package fr.orthocab.support.secrets;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French social security numbers (NIR): sex, year, month, department (2A and 2B for Corsica),
 * commune, order, then the key 97 - (number mod 97), Corsica counted as 19 (2A) and 18 (2B).
 * Written whole or in groups separated by spaces, dots or dashes; a number whose key does not check
 * is another number (an order, an invoice) and stays.
 */
final class NirNumbers implements SecretDetector {
  private static final String SEP = "[ .\\-]?";
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\d])([12378])"
              + SEP
              + "(\\d{2})"
              + SEP
              + "(\\d{2})"
              + SEP
              + "(\\d{2}|2[AaBb])"
              + SEP
              + "(\\d{3})"
              + SEP
              + "(\\d{3})"
              + SEP
              + "(\\d{2})(?![\\p{L}\\d])");

  @Override
  public List<FoundSecret> find(String text) {
    List<FoundSecret> found = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String body = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6);
      if (keyChecks(body, Integer.parseInt(m.group(7)))) {
        found.add(new FoundSecret(SecretKind.NIR, m.start(), m.end()));
      }
    }
    return found;
  }

  /** Whether the key is that of the 13 characters before it (2A and 2B for Corsica). */
  static boolean keyChecks(String thirteen, int key) {
    String upper = thirteen.toUpperCase(java.util.Locale.ROOT);
    String digits = upper.replace("2A", "19").replace("2B", "18");
    if (digits.length() != 13 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int month = Integer.parseInt(digits.substring(3, 5));
    if (month == 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) {
      return false;
    }
    int expected = 97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
    return key == expected;
  }
}
