package fr.orthocab.support.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests written for this test, none from the corpus: the rule must read them all the same. */
class ExternalProductsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VENDOR|Caméra noire|Ma webcam reste noire dans Zoom alors qu'elle marche dans Teams",
        "VENDOR|Webex|Webex plante au démarrage sur mon Mac depuis la mise à jour de macOS",
        "VENDOR|Licence|Ma licence Zoom Pro expire, comment la renouveler ?",
        "VENDOR|Écho|Il y a de l'écho quand je parle sur Zoom avec mes patients",
        "VENDOR|Sous-titres|Est-ce que Zoom peut afficher des sous-titres automatiques ?",
        "ORTHOCAB|Lien|Le lien webex envoyé par sms ne marche pas, il renvoie vers une autre réunion",
        "ORTHOCAB|Rappel|Les patients ne reçoivent plus le rappel avec le lien zoom depuis hier",
        "ORTHOCAB|Intégration|Comment déconnecter mon compte Zoom de mon agenda Orthocab ?",
        "ORTHOCAB|tlc|rdv de tlc créé sans lien zoom, pb urgent",
        "ORTHOCAB|Heure|La notification Zoom indique une heure décalée par rapport au rdv",
        "VENDOR|Chat|Zoom : je n'arrive pas à envoyer un fichier dans le chat",
        "VENDOR|Réseau|Zoom affiche « votre connexion internet est instable »",
        "VENDOR|Oubli|J'ai oublié mon mot de passe Zoom",
        "ORTHOCAB|Mise à jour|Depuis votre mise à jour, Zoom ne se lance plus depuis la séance",
        "ORTHOCAB|Invitations|Je ne reçois plus les invitations Zoom pour mes séances",
        "ORTHOCAB|Compte|Impossible de lier mon compte Webex à Orthocab",
        "ORTHOCAB|Durée|Webex : la réunion créée par Orthocab a la mauvaise durée",
        "NONE|Zoomer|Je n'arrive pas à zoomer sur le planning",
        "NONE|Teams|Pouvez-vous intégrer Teams à la téléconsultation ?",
        "NONE|Standard|Le standard Cisco du centre affiche mon numéro dans les SMS",
      })
  void readsWhoseProblemItIs(String side, String subject, String body) {
    assertEquals(side, ExternalProducts.read(subject, body).side().name(), body);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"zoom.us ne s'installe pas|ZOOM", "Cisco WebEx Meetings sans son|WEBEX"})
  void namesTheVendorsWhateverTheSpelling(String text, Vendor vendor) {
    assertEquals(Set.of(vendor), ExternalProducts.read(text, "").vendors());
  }
}
