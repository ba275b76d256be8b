package fr.orthocab.support.satisfaction;

/** The customer's answer to "did this answer help you?". */
public enum Rating {
  GOOD,
  BAD
}
