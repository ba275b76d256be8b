package fr.orthocab.support.duplicate;

import fr.orthocab.support.text.FrenchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request as the duplicate finder compares it: the notions of its subject and body (French
 * analysis, one notion for the desk's synonyms), and how it is put: a follow-up of an earlier
 * request ("toujours", "je relance"), a new problem announced as such ("un autre souci"), or a
 * how-to question. Kept with the ticket at intake in its {@linkplain #stored() stored form}, so
 * that the requests a new one is compared with are never analysed again.
 */
public record RequestText(
    Set<String> notions, boolean followUp, boolean announcesNew, boolean asks) {

  /**
   * Words customers use for one thing (corpus README: agenda / planning / calendrier, mutuelle /
   * complémentaire, facture / note d'honoraires, courrier / lettre, fiche / dossier), the first of
   * each group standing for the others. Written as customers write them and analysed like the
   * requests, so that they meet the stems the analysis gives (its folding of doubled letters turns
   * "planning" into "planing": stems written by hand missed it).
   */
  private static final Map<String, String> SYNONYMS =
      synonyms(
          "agenda planning calendrier",
          "mutuelle complémentaire",
          "facture honoraires invoice",
          "courrier lettre",
          "fiche dossier",
          "synchronisation synchro",
          "double doublon",
          "connexion connecté déconnecté déconnexion reconnecter",
          "rendez-vous réservation réserver",
          "anglais english");

  private static final int FAMILY = 6;

  /** The ticket's column (ticket.request_notions) holds this many characters. */
  public static final int STORED_LENGTH = 4000;

  /** Marks the stored form's layout: a form written otherwise is read again from the request. */
  private static final String FORM = "v1";

  private static final List<String> FOLLOW_UP =
      List.of(
          "toujours",
          "tjrs",
          "tjs",
          "encore",
          "relance",
          "je reviens vers vous",
          "pas de reponse",
          "pas eu de reponse",
          "sans reponse",
          "meme chose",
          "meme probleme",
          "arrive de nouveau",
          "arrive a nouveau",
          "recommence",
          "se reproduit",
          "following up",
          "follow up",
          "still",
          "again",
          "any news");

  private static final List<String> NEW_PROBLEM =
      List.of(
          "un autre souci",
          "un autre probleme",
          "une autre question",
          "autre chose",
          "nouveau probleme",
          "nouvelle question",
          "another issue",
          "another question",
          "something else");

  private static final List<String> QUESTION =
      List.of(
          "comment ",
          "est-ce que",
          "est ce que",
          "peut-on",
          "peut on",
          "on peut",
          "est-il possible",
          "est il possible",
          "ou trouver",
          "ou ca se passe",
          "faut-il",
          "je voudrais",
          "j aimerais",
          "c est possible",
          "dois-je",
          "how ",
          "can i",
          "is it possible");

  private static Map<String, String> synonyms(String... groups) {
    Map<String, String> synonyms = new HashMap<>();
    for (String group : groups) {
      List<String> stems = FrenchText.analysis().terms(group);
      for (String stem : stems.subList(1, stems.size())) {
        synonyms.putIfAbsent(stem, stems.get(0));
      }
    }
    return Map.copyOf(synonyms);
  }

  public static RequestText of(String subject, String body) {
    String text = (subject == null ? "" : subject) + "\n" + (body == null ? "" : body);
    Set<String> notions = new LinkedHashSet<>();
    for (String term : FrenchText.analysis().terms(text)) {
      notions.add(SYNONYMS.getOrDefault(term, term));
    }
    String folded = " " + FrenchText.fold(text).replaceAll("[\\s’']+", " ") + " ";
    return new RequestText(
        notions,
        containsWord(folded, FOLLOW_UP),
        containsWord(folded, NEW_PROBLEM),
        folded.contains("?") && containsWord(folded, QUESTION));
  }

  /**
   * The form the ticket keeps: "v1", the three cues as letters or dashes (f: follow-up, n: new
   * problem, a: asks), then the notions, separated by spaces (an analysed term never holds one). A
   * request whose notions pass the column's length keeps the first ones that fit.
   */
  public String stored() {
    StringBuilder out =
        new StringBuilder(FORM)
            .append(' ')
            .append(followUp ? 'f' : '-')
            .append(announcesNew ? 'n' : '-')
            .append(asks ? 'a' : '-');
    for (String notion : notions) {
      if (out.length() + 1 + notion.length() > STORED_LENGTH) {
        break;
      }
      out.append(' ').append(notion);
    }
    return out.toString();
  }

  /** The request kept in {@link #stored()}'s form; nothing for a null or unknown form. */
  public static Optional<RequestText> fromStored(String stored) {
    if (stored == null || !stored.startsWith(FORM + " ")) {
      return Optional.empty();
    }
    String[] parts = stored.split(" ");
    if (parts.length < 2 || parts[1].length() != 3) {
      return Optional.empty();
    }
    String cues = parts[1];
    return Optional.of(
        new RequestText(
            new LinkedHashSet<>(Arrays.asList(parts).subList(2, parts.length)),
            cues.charAt(0) == 'f',
            cues.charAt(1) == 'n',
            cues.charAt(2) == 'a'));
  }

  private static boolean containsWord(String folded, List<String> cues) {
    for (String cue : cues) {
      String c = cue.strip();
      int at = folded.indexOf(c);
      while (at >= 0) {
        boolean before = at == 0 || !Character.isLetter(folded.charAt(at - 1));
        int end = at + c.length();
        boolean after = end >= folded.length() || !Character.isLetter(folded.charAt(end));
        if (before && after) {
          return true;
        }
        at = folded.indexOf(c, at + 1);
      }
    }
    return false;
  }

  List<String> sharedWith(RequestText other) {
    Set<String> families = other.families();
    List<String> shared = new ArrayList<>();
    for (String notion : notions) {
      if (other.notions.contains(notion)
          || (notion.length() >= FAMILY && families.contains(notion.substring(0, FAMILY)))) {
        shared.add(notion);
      }
    }
    return shared;
  }

  /**
   * The word families of the notions: two stems starting with the same six letters are one family
   * the light stemmer leaves apart ("factur" and "facturation"); a shorter stem is its own.
   */
  private Set<String> families() {
    Set<String> families = new HashSet<>();
    for (String notion : notions) {
      if (notion.length() >= FAMILY) {
        families.add(notion.substring(0, FAMILY));
      }
    }
    return families;
  }
}
