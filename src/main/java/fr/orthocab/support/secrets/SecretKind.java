package fr.orthocab.support.secrets;

/** What kind of secret was masked, and the words that stand in its place in the stored text. */
public enum SecretKind {
  PASSWORD("[mot de passe masqué]"),
  NIR("[n° de sécurité sociale masqué]"),
  CARD("[n° de carte bancaire masqué]"),
  IBAN("[IBAN masqué]");

  private final String placeholder;

  SecretKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** What the stored text reads instead of the secret. */
  public String placeholder() {
    return placeholder;
  }
}
