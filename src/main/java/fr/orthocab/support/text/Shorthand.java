package fr.orthocab.support.text;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How customers type, undone: letters repeated for emphasis ("urgeeent"), and the abbreviations and
 * spellings of one notion that speech therapists use (rdv, tlc, pb, visio, notif, mdp, maj...),
 * each read as one canonical word. Works on lower-case, folded tokens; the multi-word notions
 * ("rendez-vous", "mise à jour", "mot de passe") are joined into one word before tokenising.
 */
final class Shorthand extends TokenFilter {
  private static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("rdv", "rendezvous"),
          Map.entry("rdvs", "rendezvous"),
          Map.entry("tlc", "teleconsultation"),
          Map.entry("teleconsult", "teleconsultation"),
          Map.entry("teleconsultations", "teleconsultation"),
          Map.entry("visio", "visioconference"),
          Map.entry("visios", "visioconference"),
          Map.entry("pb", "probleme"),
          Map.entry("pbs", "probleme"),
          Map.entry("pbm", "probleme"),
          Map.entry("pblm", "probleme"),
          Map.entry("prob", "probleme"),
          Map.entry("notif", "notification"),
          Map.entry("notifs", "notification"),
          Map.entry("mail", "email"),
          Map.entry("mails", "email"),
          Map.entry("mel", "email"),
          Map.entry("courriel", "email"),
          Map.entry("courriels", "email"),
          Map.entry("emails", "email"),
          Map.entry("texto", "sms"),
          Map.entry("textos", "sms"),
          Map.entry("maj", "miseajour"),
          Map.entry("mdp", "motdepasse"),
          Map.entry("appli", "application"),
          Map.entry("applis", "application"),
          Map.entry("app", "application"),
          Map.entry("bjr", "bonjour"),
          Map.entry("cdt", "cordialement"),
          Map.entry("cdlt", "cordialement"),
          Map.entry("tel", "telephone"),
          Map.entry("ordi", "ordinateur"),
          Map.entry("dispo", "disponible"),
          Map.entry("msg", "message"),
          Map.entry("qd", "quand"),
          Map.entry("pr", "pour"),
          Map.entry("ds", "dans"),
          Map.entry("tjrs", "toujours"),
          Map.entry("tjs", "toujours"),
          Map.entry("bcp", "beaucoup"),
          Map.entry("fds", "feuilledesoins"));

  private static final Pattern RENDEZ_VOUS =
      Pattern.compile("(?iu)\\brendez[- ]vous\\b|\\brendez-vous\\b");
  private static final Pattern MISE_A_JOUR = Pattern.compile("(?iu)\\bmises? (à|a) jour\\b");
  private static final Pattern MOT_DE_PASSE = Pattern.compile("(?iu)\\bmots? de passe\\b");
  private static final Pattern E_MAIL = Pattern.compile("(?iu)\\be-mails?\\b");
  private static final Pattern FEUILLE_DE_SOINS = Pattern.compile("(?iu)\\bfeuilles? de soins\\b");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  Shorthand(TokenStream input) {
    super(input);
  }

  /** The notions written in several words, joined so that they are one term. */
  static String joinPhrases(String text) {
    String joined = RENDEZ_VOUS.matcher(text).replaceAll("rendezvous");
    joined = MISE_A_JOUR.matcher(joined).replaceAll("miseajour");
    joined = MOT_DE_PASSE.matcher(joined).replaceAll("motdepasse");
    joined = E_MAIL.matcher(joined).replaceAll("email");
    return FEUILLE_DE_SOINS.matcher(joined).replaceAll("feuilledesoins");
  }

  /** Runs of three or more of the same letter are emphasis: "nuuuul" is "nul". */
  static String collapseEmphasis(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      int j = i;
      while (j < word.length() && word.charAt(j) == c) {
        j++;
      }
      int run = j - i;
      out.append(c);
      if (run == 2 || !Character.isLetter(c)) {
        out.append(String.valueOf(c).repeat(run - 1));
      }
      i = j;
    }
    return out.toString();
  }

  /** The canonical spelling of a folded word. */
  static String canonical(String folded) {
    String collapsed = collapseEmphasis(folded);
    return CANONICAL.getOrDefault(collapsed, collapsed);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String canonical = canonical(term.toString());
    if (!canonical.contentEquals(term)) {
      term.setEmpty().append(canonical);
    }
    return true;
  }
}
