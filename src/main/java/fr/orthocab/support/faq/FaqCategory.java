package fr.orthocab.support.faq;

/** What an article is about, as customers look for it. */
public enum FaqCategory {
  AGENDA,
  BILLING,
  RENEWAL,
  TELECONSULTATION,
  ZOOM_WEBEX,
  PASSWORD,
  NOTIFICATIONS,
  OTHER
}
