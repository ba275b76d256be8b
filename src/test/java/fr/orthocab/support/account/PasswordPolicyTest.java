package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "OK",
      value = {
        "court | TOO_SHORT",
        "onze carac | TOO_SHORT",
        "azertyuiop123 | COMMON",
        "Motdepasse2024! | COMMON",
        "!!Soleil123456 | COMMON",
        "password123456 | COMMON",
        "aaaaaaaaaaaaaa | REPETITIVE",
        "abcabcabcabcabc | REPETITIVE",
        "123456789012 | REPETITIVE",
        "9876543210987 | REPETITIVE",
        "lucie.moreau2026 | PERSONAL",
        "Orthocab!!2026 | PERSONAL",
        "le chat dort sur le piano | OK",
        "Vacances-a-Biarritz-2019 | OK",
        "tH9#kLq2$wZr | OK",
      })
  void aPasswordIsLongUncommonAndNotPersonal(String password, PasswordProblem expected) {
    assertEquals(
        Optional.ofNullable(expected),
        PasswordPolicy.check(password.toCharArray(), "Lucie.Moreau@orthocab.fr"));
  }

  @ParameterizedTest
  @CsvSource({"200, OK", "201, TOO_LONG"})
  void atMostTwoHundredCharacters(int length, String expected) {
    String password = randomish(length);
    assertEquals(
        "OK".equals(expected) ? Optional.empty() : Optional.of(PasswordProblem.valueOf(expected)),
        PasswordPolicy.check(password.toCharArray(), "x@example.fr"));
  }

  private static String randomish(int length) {
    StringBuilder text = new StringBuilder();
    String words = "le vent souffle fort sur la lande bretonne ce matin ";
    while (text.length() < length) {
      text.append(words);
    }
    return text.substring(0, length);
  }
}
