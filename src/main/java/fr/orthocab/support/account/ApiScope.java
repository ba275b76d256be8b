package fr.orthocab.support.account;

/** What a ticket API token may do. */
public enum ApiScope {
  /** Read tickets only (reporting, dashboards). */
  READ,
  /** Read, open tickets and add messages (integrations, imports). */
  WRITE;

  public boolean allowsWrites() {
    return this == WRITE;
  }
}
