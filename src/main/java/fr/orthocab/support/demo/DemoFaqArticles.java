package fr.orthocab.support.demo;

import static fr.orthocab.support.faq.FaqCategory.AGENDA;
import static fr.orthocab.support.faq.FaqCategory.BILLING;
import static fr.orthocab.support.faq.FaqCategory.NOTIFICATIONS;
import static fr.orthocab.support.faq.FaqCategory.PASSWORD;
import static fr.orthocab.support.faq.FaqCategory.RENEWAL;
import static fr.orthocab.support.faq.FaqCategory.TELECONSULTATION;
import static fr.orthocab.support.faq.FaqCategory.ZOOM_WEBEX;

import fr.orthocab.support.faq.FaqText;
import java.util.List;

/** The FAQ of the demo, as Orthocab's support team would write it (some in English too). */
public final class DemoFaqArticles {
  private DemoFaqArticles() {}

  public static final List<FaqText> ALL =
      List.of(
          new FaqText(
              AGENDA,
              "Déplacer ou annuler un rendez-vous dans l'agenda",
              "<p>Dans <strong>Agenda</strong>, cliquez sur le rendez-vous puis sur"
                  + " <em>Déplacer</em> : choisissez le nouveau créneau et validez. Pour"
                  + " l'annuler, cliquez sur <em>Annuler le rendez-vous</em>.</p>"
                  + "<p>Le patient est prévenu automatiquement par e-mail et par SMS si les"
                  + " rappels sont activés. Un rendez-vous annulé reste visible, barré, dans"
                  + " l'historique du patient.</p>",
              "Moving or cancelling an appointment in the calendar",
              "<p>In <strong>Agenda</strong>, click the appointment, then <em>Move</em>: pick"
                  + " the new slot and confirm. To cancel it, click <em>Cancel appointment</em>."
                  + "</p><p>The patient is told automatically by e-mail, and by SMS when"
                  + " reminders are on.</p>"),
          new FaqText(
              AGENDA,
              "Partager votre agenda avec un secrétariat ou un confrère",
              "<p>Ouvrez <strong>Paramètres &gt; Accès partagés</strong> et cliquez sur"
                  + " <em>Inviter</em>. Saisissez l'adresse e-mail de la personne et choisissez"
                  + " ses droits :</p><ul><li><em>Lecture</em> : elle voit votre planning ;</li>"
                  + "<li><em>Gestion</em> : elle peut aussi prendre, déplacer et annuler des"
                  + " rendez-vous.</li></ul><p>Elle reçoit une invitation par e-mail. Vous"
                  + " pouvez retirer l'accès à tout moment depuis la même page.</p>",
              null,
              null),
          new FaqText(
              AGENDA,
              "Définir vos horaires de consultation et vos absences",
              "<p>Dans <strong>Agenda &gt; Horaires</strong>, indiquez pour chaque jour vos"
                  + " plages de consultation : seuls ces créneaux sont proposés à la prise de"
                  + " rendez-vous en ligne.</p><p>Pour des congés ou une formation, ajoutez une"
                  + " <em>absence</em> : les créneaux concernés sont bloqués et les patients"
                  + " déjà inscrits vous sont signalés pour que vous les déplaciez.</p>",
              null,
              null),
          new FaqText(
              BILLING,
              "Télécharger vos factures Orthocab",
              "<p>Vos factures d'abonnement sont dans <strong>Mon compte &gt; Facturation"
                  + "</strong>. Cliquez sur <em>Télécharger</em> à côté de chaque facture pour"
                  + " obtenir le PDF.</p><p>Une facture est émise à chaque renouvellement ; elle"
                  + " est aussi envoyée par e-mail à l'adresse de facturation de votre"
                  + " compte.</p>",
              "Downloading your Orthocab invoices",
              "<p>Your subscription invoices are in <strong>My account &gt; Billing</strong>."
                  + " Click <em>Download</em> next to an invoice to get the PDF.</p><p>An"
                  + " invoice is issued at each renewal and e-mailed to your billing"
                  + " address.</p>"),
          new FaqText(
              BILLING,
              "Changer de carte bancaire ou d'adresse de facturation",
              "<p>Dans <strong>Mon compte &gt; Facturation</strong>, cliquez sur <em>Moyen de"
                  + " paiement</em> pour enregistrer une nouvelle carte. La nouvelle carte sera"
                  + " débitée au prochain renouvellement.</p><p>L'adresse qui figure sur vos"
                  + " factures se modifie sur la même page ; les factures déjà émises ne"
                  + " changent pas.</p>",
              null,
              null),
          new FaqText(
              RENEWAL,
              "Renouveler votre abonnement",
              "<p>Votre abonnement se renouvelle de lui-même à son échéance si le"
                  + " renouvellement automatique est activé (<strong>Mon compte &gt;"
                  + " Abonnement</strong>).</p><p>S'il a expiré, cliquez sur <em>Renouveler"
                  + "</em> sur la même page : l'accès est rétabli dès le paiement validé et vos"
                  + " demandes au support en attente reprennent leur cours.</p>",
              "Renewing your subscription",
              "<p>Your subscription renews itself when it ends if automatic renewal is on"
                  + " (<strong>My account &gt; Subscription</strong>).</p><p>If it has expired,"
                  + " click <em>Renew</em> on the same page: access comes back as soon as the"
                  + " payment goes through, and your pending support requests resume.</p>"),
          new FaqText(
              TELECONSULTATION,
              "Le lien de téléconsultation n'apparaît pas dans le rappel du patient",
              "<p>Le lien de connexion n'est ajouté aux rappels (e-mail et SMS) que pour les"
                  + " rendez-vous de type <em>Téléconsultation</em>. Ouvrez le rendez-vous et"
                  + " vérifiez son type, puis enregistrez : le patient reçoit un nouveau"
                  + " rappel avec le lien.</p><p>Vérifiez aussi dans <strong>Paramètres &gt;"
                  + " Téléconsultation</strong> que votre compte Zoom ou Webex est bien relié."
                  + " Si le lien manque encore, écrivez-nous : c'est à nous de le"
                  + " corriger.</p>",
              "The teleconsultation link is missing from the patient's reminder",
              "<p>The link is only added to reminders (e-mail and SMS) for appointments of"
                  + " the <em>Teleconsultation</em> type. Open the appointment, check its type"
                  + " and save: the patient gets a new reminder with the link.</p><p>Also check"
                  + " in <strong>Settings &gt; Teleconsultation</strong> that your Zoom or Webex"
                  + " account is connected. If the link is still missing, write to us.</p>"),
          new FaqText(
              ZOOM_WEBEX,
              "Son, caméra ou installation de Zoom ou Webex : où trouver de l'aide",
              "<p>Orthocab crée les liens de vos séances, mais le son, la caméra, le micro,"
                  + " l'installation et les mises à jour de Zoom ou de Webex relèvent de"
                  + " l'éditeur (clause EXT-PRODUCTS de notre politique de support).</p><ul>"
                  + "<li>Zoom : <a href=\"https://support.zoom.com\">support.zoom.com</a></li>"
                  + "<li>Webex : <a href=\"https://help.webex.com\">help.webex.com</a></li></ul>"
                  + "<p>Si le lien de la séance est absent ou faux dans nos e-mails ou SMS,"
                  + " c'est bien pour nous : envoyez-nous une demande.</p>",
              "Zoom or Webex sound, camera or installation: where to get help",
              "<p>Orthocab creates your sessions' links, but sound, camera, microphone,"
                  + " installation and updates of Zoom or Webex are the vendor's (EXT-PRODUCTS"
                  + " in our support policy).</p><ul><li>Zoom: <a"
                  + " href=\"https://support.zoom.com\">support.zoom.com</a></li><li>Webex: <a"
                  + " href=\"https://help.webex.com\">help.webex.com</a></li></ul><p>If the"
                  + " session link is missing or wrong in our e-mails or SMS, that is ours:"
                  + " send us a request.</p>"),
          new FaqText(
              ZOOM_WEBEX,
              "Relier votre compte Zoom ou Webex à Orthocab",
              "<p>Dans <strong>Paramètres &gt; Téléconsultation</strong>, choisissez Zoom ou"
                  + " Webex puis cliquez sur <em>Connecter</em> : connectez-vous à votre compte"
                  + " chez l'éditeur et acceptez l'autorisation demandée.</p><p>Les liens des"
                  + " téléconsultations sont ensuite créés automatiquement à chaque rendez-vous."
                  + " Pour changer de compte, cliquez sur <em>Déconnecter</em> puis"
                  + " recommencez.</p>",
              null,
              null),
          new FaqText(
              PASSWORD,
              "Mot de passe oublié : le réinitialiser",
              "<p>Sur la page de connexion, cliquez sur <em>Mot de passe oublié</em> et"
                  + " saisissez l'adresse e-mail de votre compte. Vous recevez un lien valable"
                  + " une heure pour choisir un nouveau mot de passe.</p><p>Pas de message ?"
                  + " Regardez dans les courriers indésirables. Le support ne vous demandera"
                  + " jamais votre mot de passe.</p>",
              "Forgotten password: resetting it",
              "<p>On the login page, click <em>Forgotten password</em> and enter your"
                  + " account's e-mail address. You receive a link, valid for one hour, to"
                  + " choose a new password.</p><p>No message? Look in your spam folder. Support"
                  + " will never ask for your password.</p>"),
          new FaqText(
              NOTIFICATIONS,
              "Les rappels de rendez-vous par SMS ne sont pas envoyés",
              "<p>Les rappels SMS partent 24 heures avant le rendez-vous si :</p><ul><li>les"
                  + " rappels SMS sont activés dans <strong>Paramètres &gt; Notifications"
                  + "</strong> ;</li><li>le numéro de portable du patient est renseigné sur sa"
                  + " fiche, au format 06 ou +33 ;</li><li>votre crédit de SMS n'est pas"
                  + " épuisé.</li></ul><p>L'historique des envois de chaque patient indique si"
                  + " un SMS a été envoyé, refusé ou n'a pas été délivré.</p>",
              "SMS appointment reminders are not sent",
              "<p>SMS reminders go out 24 hours before the appointment when:</p><ul><li>SMS"
                  + " reminders are on in <strong>Settings &gt; Notifications</strong>;</li>"
                  + "<li>the patient's mobile number is on their record;</li><li>your SMS"
                  + " credit is not used up.</li></ul><p>Each patient's history shows whether a"
                  + " SMS was sent, refused or not delivered.</p>"),
          new FaqText(
              NOTIFICATIONS,
              "Personnaliser le texte et l'heure des rappels",
              "<p>Dans <strong>Paramètres &gt; Notifications</strong>, modifiez le modèle de"
                  + " l'e-mail et du SMS de rappel (les champs entre accolades, comme"
                  + " {date} et {heure}, sont remplis pour chaque patient) et choisissez quand"
                  + " il part : 48 h, 24 h ou 2 h avant.</p><p>Le SMS est limité à 160"
                  + " caractères ; au-delà il compte double dans votre crédit.</p>",
              null,
              null));
}
