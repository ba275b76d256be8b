package fr.orthocab.support.api;

/** Ends an API call with that problem; mapped to its answer by {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
