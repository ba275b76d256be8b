package fr.orthocab.support.audit;

/**
 * Who acts, as the trail names them: their account's id if they have one, how they read now, and
 * the client address of their request if they made one.
 */
public record AuditActor(Long accountId, String shown, String clientAddress) {
  /** How the trail names the desk itself (its sweeps and rules). */
  public static final String DESK = "Le desk";

  public AuditActor {
    if (shown == null || shown.isBlank()) {
      throw new IllegalArgumentException("An actor has a name");
    }
  }

  /** The desk acting by itself: a sweep, a timer, a rule. */
  public static AuditActor desk() {
    return new AuditActor(null, DESK, null);
  }

  /** A person, as "Display Name <email>". */
  public static AuditActor person(long accountId, String displayName, String email, String from) {
    return new AuditActor(accountId, displayName + " <" + email + ">", from);
  }

  /** A caller of the API with a token, named by the token. */
  public static AuditActor apiToken(Long ownerAccountId, String tokenName, String from) {
    return new AuditActor(ownerAccountId, "API : " + tokenName, from);
  }

  /** The actor as people read it in a sentence: a person's name without their address. */
  public String shownName() {
    int address = shown.lastIndexOf(" <");
    return address > 0 && shown.endsWith(">") ? shown.substring(0, address) : shown;
  }

  /** This actor did that, on no ticket or customer in particular. */
  public AuditEvent did(AuditAction action, String detail) {
    return new AuditEvent(action, accountId, shown, null, null, detail, clientAddress);
  }

  /** This actor did that on a ticket (of that customer, if known). */
  public AuditEvent did(AuditAction action, Long ticketId, Long customerId, String detail) {
    return new AuditEvent(action, accountId, shown, ticketId, customerId, detail, clientAddress);
  }
}
