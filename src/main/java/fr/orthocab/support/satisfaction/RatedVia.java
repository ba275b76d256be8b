package fr.orthocab.support.satisfaction;

/** Where the customer answered: the mail's link (no login) or the portal. */
public enum RatedVia {
  MAIL,
  PORTAL
}
