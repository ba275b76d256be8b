package fr.orthocab.support.screening;

import fr.orthocab.support.policy.Clause;

/** What a flag points an agent at, and the clause an agent may act under. */
public enum FlagKind {
  EXTERNAL_PRODUCT(Clause.EXT_PRODUCTS),
  OFFENSIVE_LANGUAGE(Clause.REFUSE_LANGUAGE),
  PROBABLE_DUPLICATE(Clause.DUP_COMMENT);

  private final Clause clause;

  FlagKind(Clause clause) {
    this.clause = clause;
  }

  public Clause clause() {
    return clause;
  }
}
