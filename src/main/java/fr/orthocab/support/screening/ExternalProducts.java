package fr.orthocab.support.screening;

import fr.orthocab.support.text.FrenchText;
import fr.orthocab.support.text.Vocabulary;
import fr.orthocab.support.text.Word;
import fr.orthocab.support.text.Words;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EXT-PRODUCTS / EXT-EXCEPTION: whether a text naming Zoom or Webex is about the vendor's own
 * product or about Orthocab. Two vocabularies weigh the evidence: what Orthocab does around a
 * teleconsultation (the link, the SMS and e-mail notifications, the agenda, the integration
 * settings, billing of the sessions) and what the vendor's product does by itself (sound, camera,
 * install and updates, its account, its in-meeting features, call quality). A naming of Orthocab as
 * the place of the problem ("dans Orthocab", "Orthocab ne crée plus") weighs for Orthocab; a naming
 * in passing ("l'équipe Orthocab", "pack Télésoin ORTHOCAB") does not. Ties go to Orthocab: a real
 * bug must not be pushed away, and a vendor reading never refuses by itself anyway.
 */
public final class ExternalProducts {
  private static final Pattern VENDOR = Pattern.compile("(?<![a-z0-9])(zoom|webex)(?![a-z0-9])");

  /** "son" is also a possessive (and a stop word): the sound is "le son", "pas de son"... */
  private static final Pattern SOUND =
      Pattern.compile("(?<![a-z])(le|du|au|pas de|plus de|sans|aucun) son(?![a-z])");

  private static final Pattern VENDOR_NAME = Pattern.compile("(zoom|webex|cisco)(\\.us)?");

  /** The customer's "your" is Orthocab's: "votre mise à jour", "vos notifications". */
  private static final Pattern YOURS =
      Pattern.compile(
          "(?<![a-z])(votre|vos) (derniere )?(mise a jour|maj|application|appli|logiciel|plateforme"
              + "|site|systeme|integration|agenda|notifications?|sms|mails?|e-mails?|liens?)(?![a-z])");

  private static final Pattern ORTHOCAB = Pattern.compile("(?<![a-z0-9])orthocab(?![a-z0-9])");

  /** Words after which "Orthocab" is an addressee or a product name, not the problem's place. */
  private static final Set<String> IN_PASSING =
      Set.of(
          "equipe",
          "support",
          "service",
          "pack",
          "telesoin",
          "bonjour",
          "hello",
          "merci",
          "cher",
          "chere",
          "chers",
          "abonnement",
          "abonnee",
          "client",
          "cliente",
          "utilisatrice",
          "utilisateur");

  /** What the vendor owns when it is named right after it: "compte Zoom", "factures Webex". */
  private static final Set<String> VENDOR_OWNED =
      Set.of(
          "compte",
          "comptes",
          "facture",
          "factures",
          "abonnement",
          "licence",
          "application",
          "appli",
          "logiciel",
          "client",
          "reglages",
          "reglage",
          "parametres",
          "version",
          "qualite",
          "fenetre",
          "salle",
          "tableau",
          "enregistrements",
          "enregistrement",
          "support",
          "espace");

  private static final Vocabulary ORTHOCAB_SIDE =
      new Vocabulary()
          .weigh(3, "lien", "link", "url")
          .weigh(
              2,
              "sms",
              "email",
              "notification",
              "rappel",
              "reminder",
              "rendez-vous",
              "appointment",
              "agenda",
              "planning",
              "calendrier",
              "calendar",
              "créneau",
              "préférences",
              "intégration",
              "générer",
              "génèrent",
              "généré",
              "régénéré",
              "reconnecter",
              "télétransmission",
              "caisse",
              "feuille de soins",
              "exporter",
              "export",
              "modèle")
          .weigh(
              1,
              "bouton",
              "menu",
              "paramètres",
              "option",
              "facture",
              "renvoyer",
              "invitation",
              "envoyé",
              "envoyer",
              "parti",
              "reçu",
              "recevoir",
              "reçoivent",
              "reçois",
              "reçoit",
              "recevez");

  private static final Vocabulary VENDOR_SIDE =
      new Vocabulary()
          .weigh(
              3,
              "partager l'écran",
              "partager mon écran",
              "partage d'écran",
              "partage écran",
              "tableau blanc",
              "salle d'attente",
              "clé de l'organisateur",
              "clé d'hôte",
              "hôte",
              "sondage",
              "arrière-plan",
              "fond virtuel",
              "sous-titres",
              "galerie",
              "chat",
              "raccourci",
              "annoter",
              "authentification",
              "antivirus",
              "pare-feu",
              "nom affiché")
          .weigh(
              2,
              "audio",
              "sound",
              "micro",
              "microphone",
              "caméra",
              "camera",
              "webcam",
              "casque",
              "écouteurs",
              "haut-parleur",
              "volume",
              "grésillement",
              "grésille",
              "écho",
              "larsen",
              "entendre",
              "entendent",
              "image",
              "figée",
              "fige",
              "saccadée",
              "qualité",
              "débit",
              "bande passante",
              "wifi",
              "internet",
              "adsl",
              "fibre",
              "installer",
              "installation",
              "réinstaller",
              "réinstallation",
              "désinstaller",
              "mise à jour",
              "update",
              "install",
              "télécharger",
              "plante",
              "crash",
              "fenêtre",
              "mot de passe",
              "password",
              "licence",
              "enregistrement de la séance",
              "enregistrements",
              "prélevé",
              "prélevée",
              "prélèvement")
          .weigh(
              1,
              "compte",
              "connexion",
              "connecte",
              "vidéo",
              "video",
              "windows",
              "mac",
              "ipad",
              "iphone",
              "android",
              "ordinateur",
              "pc",
              "portable",
              "administrateur",
              "rembourser",
              "réseau");

  private ExternalProducts() {}

  public static ExternalProductReading read(String subject, String body) {
    String text = (subject == null ? "" : subject) + "\n" + (body == null ? "" : body);
    String folded = FrenchText.fold(text);
    Set<Vendor> vendors = vendorsIn(folded);
    if (vendors.isEmpty()) {
      return ExternalProductReading.none();
    }
    List<String> terms = FrenchText.analysis().terms(text);
    List<String> orthocab = new ArrayList<>(ORTHOCAB_SIDE.found(terms));
    List<String> vendor = new ArrayList<>(VENDOR_SIDE.found(terms));
    int orthocabScore = ORTHOCAB_SIDE.score(terms);
    int vendorScore = VENDOR_SIDE.score(terms);
    List<Word> words = Words.of(folded);
    if (namesOrthocabAsPlace(folded, words)) {
      orthocab.add("Orthocab");
      orthocabScore += 3;
    }
    Matcher yours = YOURS.matcher(folded);
    if (yours.find()) {
      orthocab.add(yours.group());
      orthocabScore += 3;
    }
    if (SOUND.matcher(folded).find()) {
      vendor.add("son");
      vendorScore += 2;
    }
    for (String owned : whatVendorOwns(words)) {
      vendor.add(owned);
      vendorScore += 2;
    }
    ExternalProductSide side =
        orthocabScore > 0 && orthocabScore >= vendorScore
            ? ExternalProductSide.ORTHOCAB
            : ExternalProductSide.VENDOR;
    return new ExternalProductReading(side, vendors, vendor, orthocab);
  }

  private static Set<Vendor> vendorsIn(String folded) {
    Set<Vendor> vendors = EnumSet.noneOf(Vendor.class);
    Matcher m = VENDOR.matcher(folded);
    while (m.find()) {
      vendors.add(m.group(1).equals("zoom") ? Vendor.ZOOM : Vendor.WEBEX);
    }
    return vendors;
  }

  private static boolean namesOrthocabAsPlace(String folded, List<Word> words) {
    if (!ORTHOCAB.matcher(folded).find()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).folded().equals("orthocab")
          && (i == 0 || !IN_PASSING.contains(words.get(i - 1).folded()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The things named as the vendor's, each once: "compte Zoom", "factures Webex", "espace Cisco"
   * (the company's name counts here, once a product is named: alone it may be a phone).
   */
  private static Set<String> whatVendorOwns(List<Word> words) {
    Set<String> owned = new LinkedHashSet<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i).folded();
      String before = words.get(i - 1).folded();
      if (VENDOR_NAME.matcher(word).matches() && VENDOR_OWNED.contains(before)) {
        owned.add(before + " " + word);
      }
    }
    return owned;
  }
}
