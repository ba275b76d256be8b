package fr.orthocab.support.attachment;

/** Why a file was not taken. */
public enum FileRefusal {
  EMPTY,
  TOO_LARGE,
  /** What its content is (whatever its name says) is not on the allowed list. */
  TYPE,
  /** More files, or more bytes together, than one reply takes. */
  TOO_MANY
}
