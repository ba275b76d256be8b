package fr.orthocab.support.secrets;

import static fr.orthocab.support.secrets.PasswordWords.isNeverOne;
import static fr.orthocab.support.secrets.PasswordWords.isState;
import static fr.orthocab.support.secrets.PasswordWords.isVerb;
import static fr.orthocab.support.secrets.PasswordWords.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords given as such. From each keyword ("mot de passe", "mdp", "mpd", "pass", "code
 * d'accès"...), the words that follow are read one by one, up to eight: after ":" or "=" any value
 * is one, on the same line or a later one; after a verb ("est", "c'est", "cé", "is") or with no
 * verb, only a value that looks like a password; a word saying what is wrong ("oublié", "expiré",
 * "ne marche pas") ends the search, unless a guess follows ("je crois que c'est X"). A second
 * password may follow the first ("l'ancien était X et le nouveau Y"), and "identifiants : jdupont /
 * X" gives one after the slash. The mask covers the value only: not its quotes, nor a stop after
 * it.
 */
final class Passwords implements SecretDetector {
  private static final int MAX_LEADS = 8;

  /** "identifiants : jdupont / X", "login/mdp: a@b.fr / X". */
  private static final Pattern LOGIN_SLASH_PASSWORD =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])(?:identifiants?|logins?|user(?:name)?|utilisateur"
              + "|(?<weak>id|accès|acces))(?:[ \\t]*/[ \\t]*[\\p{L} ]{2,14}?)?[ \\t]*:?"
              + "[ \\t]*[^\\s/|:]+[ \\t]*[/|][ \\t]*(?<value>\\S+)");

  private static final Pattern LINE_INTRO =
      Pattern.compile(
          "(?iu)[ \\t]*(?:(?:voici|mon|ma|le|la|nouveau|nouvel|my|new|the|here|is|votre|et"
              + "|ci-dessous|actuel)[ \\t]+)*");

  @Override
  public List<FoundSecret> find(String text) {
    List<FoundSecret> found = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    Matcher pair = LOGIN_SLASH_PASSWORD.matcher(text);
    while (pair.find()) {
      FoundSecret value = TextChunk.valueOf(text, pair.start("value"), pair.end("value"));
      if (value != null
          && isGivenAfterLogin(TextChunk.textOf(text, value), pair.group("weak") != null)) {
        add(text, found, value);
        pairs.add(new int[] {pair.start(), pair.end()});
      }
    }
    Matcher keyword = PasswordWords.KEYWORD.matcher(text);
    while (keyword.find()) {
      int at = keyword.start();
      if (pairs.stream().noneMatch(p -> p[0] <= at && at < p[1])) {
        readAfter(text, keyword, found);
      }
    }
    return found;
  }

  private static boolean isGivenAfterLogin(String value, boolean weakHeader) {
    return !isNeverOne(value)
        && !PasswordLooks.isSomethingElse(value)
        && (!weakHeader || PasswordLooks.isLikelyOne(value));
  }

  /**
   * Reads the words after a keyword. "pass" alone is also a ticket ("pass Navigo"): its value must
   * come right after it. After "changé" or "modifié" only an announced value is taken ("mot de
   * passe changé, le nouveau est X"), never a bare word ("mot de passe modifié" on a button).
   */
  private static void readAfter(String text, Matcher keyword, List<FoundSecret> found) {
    boolean weak = plain(keyword.group()).equals("pass");
    boolean changed = false;
    int pos = keyword.end();
    for (int leads = 0; leads <= (weak ? 0 : MAX_LEADS); leads++) {
      TextChunk c = TextChunk.at(text, pos);
      if (c == null) {
        addIfGiven(text, found, changed ? null : onLaterLine(text, keyword, pos, leads));
        return;
      }
      String word = c.text();
      if (word.startsWith(":") || word.startsWith("=")) {
        FoundSecret value = TextChunk.firstValueAfter(text, c.start() + 1);
        if (value != null && isGivenAfterColon(TextChunk.textOf(text, value), weak, changed)) {
          add(text, found, value);
          return;
        }
        pos = c.start() + 1;
        continue;
      }
      if (PasswordWords.isChange(word)) {
        changed = true;
      } else if (isState(word) || PasswordWords.OTHER_THINGS.contains(plain(word))) {
        break;
      } else if (isVerb(word) || (leads == 0 && plain(word).equals("c"))) {
        FoundSecret value = afterVerb(text, c.end());
        if (value != null) {
          add(text, found, value);
          return;
        }
      } else if (!changed && looksLikeOne(text, c, leads == 0 && !weak)) {
        add(text, found, TextChunk.valueOf(text, c.start(), c.end()));
        return;
      }
      if (word.endsWith(":") || word.endsWith("=")) {
        pos = c.end() - 1;
        continue;
      }
      if (!word.matches("[\\p{L}'’-]+,?")) {
        break;
      }
      pos = c.end();
    }
    addIfGiven(text, found, guessAfter(text, keyword.end()));
  }

  private static boolean isGivenAfterColon(String value, boolean weak, boolean changed) {
    return !isNeverOne(value)
        && !(weak && PasswordLooks.isSomethingElse(value))
        && (!changed || PasswordLooks.isLikelyOne(value));
  }

  private static FoundSecret afterVerb(String text, int from) {
    int pos = from;
    TextChunk c = TextChunk.at(text, pos);
    while (c != null && PasswordWords.ADVERBS.contains(plain(c.text()))) {
      pos = c.end();
      c = TextChunk.at(text, pos);
    }
    if (c != null && c.text().startsWith(":")) {
      FoundSecret value = TextChunk.firstValueAfter(text, c.start() + 1);
      return value != null && !isNeverOne(TextChunk.textOf(text, value)) ? value : null;
    }
    return c != null && looksLikeOne(text, c, true)
        ? TextChunk.valueOf(text, c.start(), c.end())
        : null;
  }

  /** "Mot de passe" alone on its line, the value alone on a later one (blank lines between). */
  private static FoundSecret onLaterLine(String text, Matcher keyword, int pos, int leads) {
    int lineStart = text.lastIndexOf('\n', keyword.start()) + 1;
    boolean introduced = LINE_INTRO.matcher(text.substring(lineStart, keyword.start())).matches();
    FoundSecret value = TextChunk.firstValueAfter(text, pos);
    if (value == null || leads > 4 || isNeverOne(TextChunk.textOf(text, value))) {
      return null;
    }
    int lineEnd = text.indexOf('\n', value.end());
    String rest = text.substring(value.end(), lineEnd < 0 ? text.length() : lineEnd);
    boolean alone = rest.matches("[\\p{Punct}»”\\s]*");
    return alone && (introduced || PasswordLooks.isLikelyOne(TextChunk.textOf(text, value)))
        ? value
        : null;
  }

  /** "Mot de passe oublié... je crois que c'est X". */
  private static FoundSecret guessAfter(String text, int from) {
    int end = Math.min(text.length(), from + 160);
    Matcher guess = PasswordWords.GUESS.matcher(text).region(from, end);
    if (!guess.find()) {
      return null;
    }
    TextChunk c = TextChunk.at(text, guess.end());
    return c != null && looksLikeOne(text, c, true)
        ? TextChunk.valueOf(text, c.start(), c.end())
        : null;
  }

  /** "l'ancien était X et le nouveau Y", "password X ou Y". */
  private static void secondAfter(String text, int from, List<FoundSecret> found) {
    TextChunk c = TextChunk.at(text, from);
    if (c != null && c.text().matches("[,;]")) {
      c = TextChunk.at(text, c.end());
    }
    if (c == null || !PasswordWords.CONNECTORS.contains(plain(c.text()))) {
      return;
    }
    for (int leads = 0; leads <= 4; leads++) {
      c = TextChunk.at(text, c.end());
      if (c == null
          || isState(c.text())
          || PasswordWords.OTHER_THINGS.contains(plain(c.text()))
          || PasswordWords.KEYWORD.matcher(c.text()).lookingAt()) {
        return;
      }
      FoundSecret value =
          isVerb(c.text()) || c.text().equals(":")
              ? afterVerb(text, c.end())
              : looksLikeOne(text, c, leads == 0)
                  ? TextChunk.valueOf(text, c.start(), c.end())
                  : null;
      if (value != null && PasswordLooks.isLikelyOne(TextChunk.textOf(text, value))) {
        add(text, found, value);
        return;
      }
      if (!c.text().matches("[\\p{L}'’-]+")) {
        return;
      }
    }
  }

  private static void add(String text, List<FoundSecret> found, FoundSecret value) {
    if (found.stream().noneMatch(value::overlaps)) {
      found.add(value);
      secondAfter(text, value.end(), found);
    }
  }

  private static void addIfGiven(String text, List<FoundSecret> found, FoundSecret value) {
    if (value != null) {
      add(text, found, value);
    }
  }

  private static boolean looksLikeOne(String text, TextChunk c, boolean rightAfter) {
    FoundSecret value = TextChunk.valueOf(text, c.start(), c.end());
    if (value == null || isNeverOne(TextChunk.textOf(text, value))) {
      return false;
    }
    String v = TextChunk.textOf(text, value);
    return rightAfter ? PasswordLooks.isLikelyOne(v) : PasswordLooks.isClearlyOne(v);
  }
}
