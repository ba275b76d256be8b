package fr.orthocab.support.erasure;

/** What an erasure request did: erased the customer now, or found them erased already. */
public enum ErasureOutcome {
  ERASED,
  ALREADY_ERASED
}
