package fr.orthocab.support.secrets;

import java.util.regex.Pattern;

/**
 * Whether a word looks like a password. Right after the keyword or a verb ("mdp Soleil75", "est
 * Chocolat!") a digit, a sign or an inner capital is enough; further on ("mdp du wifi du cabinet
 * X") letters must mix with a digit or a sign, and references, dates, addresses and amounts are not
 * taken.
 */
final class PasswordLooks {
  private static final Pattern NOT_A_PASSWORD =
      Pattern.compile(
          "(?iu)[a-z]{1,5}-\\d+(?:-\\d+)*" // OC-1234, F-2025-00123
              + "|[\\d/.:h-]+" // dates, times, amounts, numbers
              + "|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}" // e-mail
              + "|(?:https?://|www\\.).*");

  private PasswordLooks() {}

  /** At least four characters with a digit, a sign (a final "!" too) or an inner capital. */
  static boolean isLikelyOne(String value) {
    if (value.length() < 4) {
      return false;
    }
    boolean digit = value.chars().anyMatch(Character::isDigit);
    boolean sign =
        value.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && "'’-".indexOf(c) < 0);
    boolean innerCapital = value.substring(1).chars().anyMatch(Character::isUpperCase);
    return digit || sign || innerCapital;
  }

  /** A reference, a date, a number, an e-mail or an address. */
  static boolean isSomethingElse(String value) {
    return NOT_A_PASSWORD.matcher(value).matches();
  }

  /** Letters with a digit or a sign, and no reference, date, e-mail or address. */
  static boolean isClearlyOne(String value) {
    if (value.length() < 4 || NOT_A_PASSWORD.matcher(value).matches()) {
      return false;
    }
    boolean letter = value.chars().anyMatch(Character::isLetter);
    boolean digitOrSign =
        value.chars().anyMatch(c -> !Character.isLetter(c) && "'’-".indexOf(c) < 0);
    return letter && digitOrSign;
  }
}
