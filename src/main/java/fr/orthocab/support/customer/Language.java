package fr.orthocab.support.customer;

import java.util.Locale;

/** The languages the desk speaks; French is the reference. */
public enum Language {
  FR,
  EN;

  public Locale locale() {
    return this == EN ? Locale.ENGLISH : Locale.FRENCH;
  }

  /** The language for a code such as "en" or "fr-FR"; French when unknown. */
  public static Language fromCode(String code) {
    if (code != null && code.toLowerCase(Locale.ROOT).startsWith("en")) {
      return EN;
    }
    return FR;
  }
}
