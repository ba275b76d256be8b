package fr.orthocab.support.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a password in customers' requests: those that say what is wrong with it (then no
 * password follows), those that announce it ("est", "c'est", "cé", "is") and those that are never
 * one ("bonjour", "merci", "le"), listed in password-words.txt. Compared in lower case, without the
 * quotes or stops around them.
 */
final class PasswordWords {
  /**
   * "mot de passe", "mdp", "password", "code d'accès" and how customers misspell or shorten them.
   */
  static final Pattern KEYWORD =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d\\[])(?:mot?s?[ -]de[ -]pas{1,3}[eé]?s?|motdepasse|mots? passe"
              + "|mdps?|mpd|m\\.d\\.p|pas+w(?:or|r|o)?ds?|pwd|pswd|psw|pass"
              + "|codes? (?:d['’ ]?)?acc[eè]s)(?![\\p{L}\\d])\\.?");

  private static final Map<String, Set<String>> LISTS = load("password-words.txt");
  private static final Set<String> STATE = LISTS.get("state");
  private static final Set<String> VERBS = LISTS.get("verbs");
  static final Set<String> ADVERBS = LISTS.get("adverbs");
  static final Set<String> CONNECTORS = LISTS.get("connectors");
  static final Set<String> OTHER_THINGS = LISTS.get("other-things");
  private static final Set<String> CHANGED = LISTS.get("changed");
  private static final Set<String> NEVER_ONE = LISTS.get("never-one");

  /** A guess after "mot de passe oublié...": "je crois que c'est X". */
  static final Pattern GUESS =
      Pattern.compile(
          "(?iu)(?:je crois|je pense|il me semble|peut[- ]être|probablement|sans doute"
              + "|sûrement|surement|i think|maybe|probably)(?:[ \\t]+que)?"
              + "(?:[ \\t]+(?:c['’]est|c['’]était|cé|c|est|était|serait|it['’]?s|is|was))?"
              + "[ \\t]*:?[ \\t]+");

  private PasswordWords() {}

  static String plain(String chunk) {
    return chunk
        .replaceAll("^[\"'«“(\\[]+|[\"'»”)\\].,;:!?…]+$", "")
        .toLowerCase(Locale.ROOT)
        .replace('’', '\'');
  }

  static boolean isState(String chunk) {
    return STATE.contains(plain(chunk));
  }

  static boolean isChange(String chunk) {
    return CHANGED.contains(plain(chunk));
  }

  static boolean isVerb(String chunk) {
    return VERBS.contains(plain(chunk)) || chunk.equals("=");
  }

  /** Not a password whatever its place: a small word, or words joined by an apostrophe. */
  static boolean isNeverOne(String value) {
    String plain = plain(value);
    return plain.isEmpty()
        || NEVER_ONE.contains(plain)
        || STATE.contains(plain)
        || CHANGED.contains(plain)
        || VERBS.contains(plain)
        || ADVERBS.contains(plain)
        || plain.matches("[\\p{L}]{1,3}'[\\p{L}]+");
  }

  /** Each "[name]" section of the resource, its words split on blanks; "#" starts a comment. */
  private static Map<String, Set<String>> load(String resource) {
    Map<String, Set<String>> lists = new HashMap<>();
    try (InputStream in = PasswordWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String row = line.strip();
        if (row.startsWith("[") && row.endsWith("]")) {
          section = row.substring(1, row.length() - 1);
        } else if (!row.isEmpty() && !row.startsWith("#") && section != null) {
          lists.merge(section, Set.copyOf(Arrays.asList(row.split("\\s+"))), PasswordWords::union);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(lists);
  }

  private static Set<String> union(Set<String> some, Set<String> others) {
    Set<String> all = new HashSet<>(some);
    all.addAll(others);
    return Set.copyOf(all);
  }
}
