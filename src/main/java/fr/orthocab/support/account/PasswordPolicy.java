package fr.orthocab.support.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be, after NIST SP 800-63B (section 5.1.1.2): long enough, not among
 * the passwords that leaks show people choose most, not a repetition or a run, not made of the
 * person's own address; and no composition rule (no "one digit, one capital"), which only makes
 * passwords harder to remember and no harder to guess. The list of common passwords is zxcvbn's
 * (about 49,000, from leaked password corpora; MIT licence, {@code common-passwords.LICENSE.txt}).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load("common-passwords.txt");
  private static final Set<String> DESK_WORDS =
      Set.of("orthocab", "orthophonie", "orthophoniste", "support", "motdepasse", "password");

  private PasswordPolicy() {}

  /** The first problem of that password for the account of that address, if any. */
  public static Optional<PasswordProblem> check(char[] password, String email) {
    if (password == null || password.length < MIN_LENGTH) {
      return Optional.of(PasswordProblem.TOO_SHORT);
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of(PasswordProblem.TOO_LONG);
    }
    String text = new String(password).toLowerCase(Locale.ROOT);
    if (isRepetitive(text)) {
      return Optional.of(PasswordProblem.REPETITIVE);
    }
    if (isCommon(text)) {
      return Optional.of(PasswordProblem.COMMON);
    }
    if (isPersonal(text, email)) {
      return Optional.of(PasswordProblem.PERSONAL);
    }
    return Optional.empty();
  }

  /** A common password, as is or with digits and signs around it ("azerty2024!", "!!soleil123"). */
  static boolean isCommon(String lower) {
    if (COMMON.contains(lower)) {
      return true;
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    return core.length() >= 4 && COMMON.contains(core);
  }

  /** A short pattern repeated ("abcabcabcabc", "aaaaaaaaaaaa") or a run ("123456789012"). */
  static boolean isRepetitive(String lower) {
    for (int period = 1; period <= 4; period++) {
      if (repeats(lower, period)) {
        return true;
      }
    }
    return isRun(lower, 1) || isRun(lower, -1);
  }

  private static boolean repeats(String text, int period) {
    for (int i = period; i < text.length(); i++) {
      if (text.charAt(i) != text.charAt(i - period)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRun(String text, int step) {
    for (int i = 1; i < text.length(); i++) {
      int expected = text.charAt(i - 1) + step;
      boolean digitsWrap =
          step == 1 && text.charAt(i - 1) == '9' && text.charAt(i) == '0'
              || step == -1 && text.charAt(i - 1) == '0' && text.charAt(i) == '9';
      if (text.charAt(i) != expected && !digitsWrap) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address, its part before the @, or the desk's words, with at most digits and signs added.
   */
  static boolean isPersonal(String lower, String email) {
    String letters = lower.replaceAll("[^\\p{L}]", "");
    if (DESK_WORDS.contains(letters)) {
      return true;
    }
    if (email == null || email.isBlank()) {
      return false;
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
    String localLetters = local.replaceAll("[^\\p{L}]", "");
    return lower.equals(address)
        || lower.contains(local) && local.length() >= MIN_LENGTH / 2
        || !localLetters.isEmpty() && letters.equals(localLetters);
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>(65_536);
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
