package fr.orthocab.support.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who logged in on this session, and with which roles: kept in the HTTP session (so it travels with
 * it to another cluster node) and given back to the container on every request.
 */
record SignedIn(String caller, Set<String> roles) implements Serializable {
  /** The session attribute that holds it. */
  static final String ATTRIBUTE = SignedIn.class.getName();

  SignedIn {
    roles = Set.copyOf(roles);
  }
}
