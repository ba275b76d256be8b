package fr.orthocab.support.policy;

/** The clauses of the support policy, by their stable ids (see shared/policy/clauses.md). */
public enum Clause {
  SCOPE_PACKS("SCOPE-PACKS"),
  SCOPE_PRIORITY("SCOPE-PRIORITY"),
  SCOPE_HELP("SCOPE-HELP"),
  DELAY_MAX("DELAY-MAX"),
  DELAY_AIM("DELAY-AIM"),
  ELIG_ACTIVE("ELIG-ACTIVE"),
  ELIG_RENEWAL("ELIG-RENEWAL"),
  EXT_PRODUCTS("EXT-PRODUCTS"),
  EXT_EXCEPTION("EXT-EXCEPTION"),
  INCLUDED("INCLUDED"),
  FAQ_FIRST("FAQ-FIRST"),
  ID_INFO("ID-INFO"),
  DUP_COMMENT("DUP-COMMENT"),
  REFUSE_ID("REFUSE-ID"),
  REFUSE_DISRESPECT("REFUSE-DISRESPECT"),
  REFUSE_LANGUAGE("REFUSE-LANGUAGE"),
  REFUSE_SPAM("REFUSE-SPAM"),
  VERSION("VERSION");

  private final String id;

  Clause(String id) {
    this.id = id;
  }

  /** The clause id as the policy's documents and every decision cite it. */
  public String id() {
    return id;
  }

  public String getId() {
    return id;
  }

  /** The clauses an agent may refuse a request under. */
  public boolean isRefusalReason() {
    return switch (this) {
      case REFUSE_ID, REFUSE_DISRESPECT, REFUSE_LANGUAGE, REFUSE_SPAM, EXT_PRODUCTS, ELIG_ACTIVE ->
          true;
      default -> false;
    };
  }
}
