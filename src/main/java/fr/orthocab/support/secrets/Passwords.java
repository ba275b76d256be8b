package fr.orthocab.support.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords given as such: "mot de passe", "mdp", "password", "pwd", "passwd", "code d'accès", then
 * a value, masked to the end of its token (or of its quotes). After ":" or "=" any value is one;
 * after "est", "is" or nothing, only a value that looks like a password (a digit, a sign or a
 * capital inside), so that "mon mot de passe est expiré" or "password reset" stay as written.
 */
final class Passwords implements SecretDetector {
  private static final String NAME =
      "(?iu)(?<![\\p{L}\\d])(?:mots? de passe|mots?-de-passe|mdp|passwords?|passwd|pwd"
          + "|code d['’]acc[eè]s)";
  private static final String VALUE =
      "[ \\t]*(?<value>«[^»\\n]{1,80}»|\"[^\"\\n]{1,80}\"|“[^”\\n]{1,80}”|[^\\s]+)";

  /** "Mot de passe : X", "mot de passe du portail = X", "MDP: X", or X on the next line. */
  private static final Pattern AFTER_COLON =
      Pattern.compile(
          NAME + "(?<fillers>(?:[ \\t]+[\\p{L}'’]+){0,3})[ \\t]*[:=](?:[ \\t]*\\r?\\n)?" + VALUE);

  /** "Mon mot de passe est X", "my password is X", "le mot de passe c'est bien X". */
  private static final Pattern AFTER_VERB =
      Pattern.compile(
          NAME
              + "(?<fillers>(?:[ \\t]+[\\p{L}'’]+){0,3}?)[ \\t]+(?:est|is|c['’]est|était|was"
              + "|serait)(?:[ \\t]+(?:bien|toujours|still|now|maintenant|actuellement))?"
              + "[ \\t]*:?"
              + VALUE);

  /** "mdp Soleil75", "password hunter2!". */
  private static final Pattern BARE = Pattern.compile(NAME + "(?<fillers>)[ \\t]+" + VALUE);

  /** Words that say what is wrong with a password, never the password itself. */
  private static final Set<String> NOT_A_VALUE =
      Set.copyOf(
          List.of(
              "bonjour",
              "bonsoir",
              "hello",
              "oublié",
              "oublie",
              "oubliée",
              "perdu",
              "expiré",
              "expire",
              "expirée",
              "bloqué",
              "bloque",
              "incorrect",
              "incorrecte",
              "faux",
              "invalide",
              "erroné",
              "errone",
              "refusé",
              "refuse",
              "changé",
              "change",
              "modifié",
              "réinitialisé",
              "reinitialise",
              "trop",
              "pas",
              "ne",
              "n'est",
              "plus",
              "toujours",
              "bien",
              "le",
              "la",
              "les",
              "un",
              "une",
              "mon",
              "ma",
              "mes",
              "votre",
              "vos",
              "de",
              "du",
              "des",
              "à",
              "a",
              "et",
              "ou",
              "que",
              "qui",
              "quoi",
              "je",
              "j'ai",
              "il",
              "elle",
              "ça",
              "ca",
              "cela",
              "sur",
              "pour",
              "par",
              "avec",
              "sans",
              "dans",
              "en",
              "au",
              "aux",
              "svp",
              "merci",
              "oui",
              "non",
              "?",
              "!",
              ":",
              "-",
              "reset",
              "forgot",
              "forgotten",
              "expired",
              "wrong",
              "invalid",
              "blocked",
              "locked",
              "not",
              "no",
              "the",
              "my",
              "your",
              "a",
              "an",
              "to",
              "for",
              "is",
              "was",
              "still",
              "changed",
              "incorrect",
              "please",
              "link",
              "lien",
              "réinitialisation",
              "reinitialisation",
              "provisoire",
              "temporaire",
              "habituel",
              "actuel",
              "nouveau",
              "ancien",
              "différent",
              "different",
              "correct",
              "valide",
              "bon",
              "mauvais",
              "identique",
              "sensible",
              "case",
              "demandé",
              "demande",
              "envoyé",
              "reçu",
              "recu",
              "fonctionne",
              "marche",
              "requis",
              "obligatoire",
              "vide",
              "même",
              "meme",
              "aussi",
              "également",
              "encore",
              "jamais",
              "déjà",
              "deja"));

  /** Fillers that say what is wrong: "mot de passe oublié : que faire ?" gives no password. */
  private static final Set<String> STATE_FILLERS =
      Set.copyOf(
          List.of(
              "oublié",
              "oublie",
              "perdu",
              "expiré",
              "bloqué",
              "incorrect",
              "faux",
              "invalide",
              "refusé",
              "reset",
              "forgotten",
              "expired",
              "wrong",
              "invalid",
              "oubliés",
              "perdus"));

  @Override
  public List<FoundSecret> find(String text) {
    List<FoundSecret> found = new ArrayList<>();
    add(found, AFTER_COLON.matcher(text), true);
    add(found, AFTER_VERB.matcher(text), false);
    add(found, BARE.matcher(text), false);
    return found;
  }

  private static void add(List<FoundSecret> found, Matcher m, boolean anyValue) {
    while (m.find()) {
      FoundSecret secret = new FoundSecret(SecretKind.PASSWORD, m.start("value"), m.end("value"));
      if (isPassword(m.group("value"), m.group("fillers"), anyValue)
          && found.stream().noneMatch(secret::overlaps)) {
        found.add(secret);
      }
    }
  }

  private static boolean isPassword(String value, String fillers, boolean anyValue) {
    if (value.startsWith("«") || value.startsWith("\"") || value.startsWith("“")) {
      return value.length() > 2;
    }
    String bare = value.replaceAll("[.,;!?)]+$", "").toLowerCase(Locale.ROOT);
    if (bare.isEmpty() || NOT_A_VALUE.contains(bare)) {
      return false;
    }
    for (String filler : fillers.trim().split("[ \\t]+")) {
      if (STATE_FILLERS.contains(filler.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return anyValue || looksLikeOne(value);
  }

  /** At least four characters with a digit, a sign or a capital after the first letter. */
  static boolean looksLikeOne(String value) {
    if (value.length() < 4) {
      return false;
    }
    boolean digit = value.chars().anyMatch(Character::isDigit);
    boolean sign =
        value
            .replaceAll("[.,;!?)]+$", "")
            .chars()
            .anyMatch(c -> !Character.isLetterOrDigit(c) && "'’-".indexOf(c) < 0);
    boolean innerCapital = value.substring(1).chars().anyMatch(Character::isUpperCase);
    return digit || sign || innerCapital;
  }
}
