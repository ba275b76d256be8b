package fr.orthocab.support.faq;

/** A draft is seen by the support team only; a published article by customers too. */
public enum FaqStatus {
  DRAFT,
  PUBLISHED
}
