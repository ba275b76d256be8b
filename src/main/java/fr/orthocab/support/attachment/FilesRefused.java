package fr.orthocab.support.attachment;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Files that cannot go with a reply: nothing was sent, and each is named with its reason. */
@ApplicationException(rollback = true)
public class FilesRefused extends RuntimeException {
  private final List<FileCheck.Problem> problems;

  public FilesRefused(List<FileCheck.Problem> problems) {
    super("Files refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FileCheck.Problem> getProblems() {
    return problems;
  }
}
