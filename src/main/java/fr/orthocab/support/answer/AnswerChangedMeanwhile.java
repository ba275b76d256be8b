package fr.orthocab.support.answer;

import jakarta.ejb.ApplicationException;

/** Another supervisor changed (or removed) the answer since it was opened: nothing was written. */
@ApplicationException(rollback = true)
public class AnswerChangedMeanwhile extends RuntimeException {
  public AnswerChangedMeanwhile(long id) {
    super("Canned answer " + id + " was changed by someone else in the meantime");
  }
}
