package fr.orthocab.support.ticket;

/** Queue priority (SCOPE-PRIORITY); the rank orders the queue in the database, lowest first. */
public enum Priority {
  HIGH(0),
  NORMAL(1);

  private final int rank;

  Priority(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }
}
