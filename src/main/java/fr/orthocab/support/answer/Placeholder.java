package fr.orthocab.support.answer;

import fr.orthocab.support.text.Folding;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an answer may name in braces, in French or in English, accents and case aside: {@code
 * {prénom}} or {@code {first_name}}, and so on.
 */
public enum Placeholder {
  FIRST_NAME("prénom", "first_name"),
  SURNAME("nom", "surname"),
  REFERENCE("référence", "reference"),
  DUE("échéance", "due"),
  PORTAL("portail", "portal");

  private final String french;
  private final String english;

  Placeholder(String french, String english) {
    this.french = french;
    this.english = english;
  }

  public String getFrench() {
    return "{" + french + "}";
  }

  public String getEnglish() {
    return "{" + english + "}";
  }

  static Optional<Placeholder> named(String name) {
    String folded = Folding.caseAndAccents(name);
    return Arrays.stream(values())
        .filter(p -> Folding.caseAndAccents(p.french).equals(folded) || p.english.equals(folded))
        .findFirst();
  }
}
