package fr.orthocab.support.account;

/** Why a chosen password is refused; each has its sentence in the pages' bundles. */
public enum PasswordProblem {
  TOO_SHORT,
  TOO_LONG,
  /** Among the passwords most often found in leaks, or one of them with a few characters added. */
  COMMON,
  /** One character, or a short pattern, repeated; or a run such as 123456789 or abcdefgh. */
  REPETITIVE,
  /** Made of the person's own address, or of the desk's name. */
  PERSONAL
}
