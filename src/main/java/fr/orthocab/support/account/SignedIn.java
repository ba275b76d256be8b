package fr.orthocab.support.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who logged in on this session, with which roles and when: kept in the HTTP session (so it travels
 * with it to another cluster node) and given back to the container on every request, as long as the
 * account still holds sessions opened at that instant (see {@link Account#sessionValid}).
 */
record SignedIn(String caller, Set<String> roles, Instant at) implements Serializable {
  /** The session attribute that holds it. */
  static final String ATTRIBUTE = SignedIn.class.getName();

  SignedIn {
    roles = Set.copyOf(roles);
  }
}
