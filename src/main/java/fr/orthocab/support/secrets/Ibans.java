package fr.orthocab.support.secrets;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs (ISO 13616): a country code, two check digits and the account, written whole or in groups
 * of four, whose mod-97 check gives 1 and whose length is the country's (15 to 34 for countries not
 * listed). The longest span that checks wins, so a word written after the number stays.
 */
final class Ibans implements SecretDetector {
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![\\p{L}\\d])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]){11,30}");
  private static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("FR", 27),
          Map.entry("MC", 27),
          Map.entry("BE", 16),
          Map.entry("CH", 21),
          Map.entry("LU", 20),
          Map.entry("DE", 22),
          Map.entry("ES", 24),
          Map.entry("IT", 27),
          Map.entry("PT", 25),
          Map.entry("NL", 18),
          Map.entry("GB", 22),
          Map.entry("IE", 22),
          Map.entry("AT", 20),
          Map.entry("AD", 24));

  @Override
  public List<FoundSecret> find(String text) {
    List<FoundSecret> found = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int end = longestChecking(text, m.start(), m.end());
      if (end > 0) {
        found.add(new FoundSecret(SecretKind.IBAN, m.start(), end));
        from = end;
      } else {
        from = m.start() + 1;
      }
    }
    return found;
  }

  /** The end of the longest IBAN that starts there and ends at a character boundary, or -1. */
  private static int longestChecking(String text, int start, int maxEnd) {
    for (int end = maxEnd; end > start + 14; end--) {
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      if (Character.isWhitespace(text.charAt(end - 1))) {
        continue;
      }
      if (checks(text.substring(start, end))) {
        return end;
      }
    }
    return -1;
  }

  /** Whether that IBAN, spaces left out, has its country's length and checks. */
  static boolean checks(String written) {
    String iban = written.replace(" ", "").toUpperCase(Locale.ROOT);
    if (iban.length() < 15 || iban.length() > 34) {
      return false;
    }
    Integer expected = LENGTHS.get(iban.substring(0, 2));
    if (expected != null && expected != iban.length()) {
      return false;
    }
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
