package fr.orthocab.support.platform;

/**
 * Thrown by an observer of {@link DatabaseReached} when the desk must not run on the database it
 * found: the message says why and what to do. The desk logs it and exits with {@link #EXIT_STATUS}
 * before changing anything.
 */
public class StartRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code EX_CONFIG} of sysexits.h: the desk's configuration does not fit its data. */
  public static final int EXIT_STATUS = 78;

  public StartRefused(String message) {
    super(message);
  }
}
