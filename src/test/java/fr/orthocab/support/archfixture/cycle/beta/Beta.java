package fr.orthocab.support.archfixture.cycle.beta;

import fr.orthocab.support.archfixture.cycle.alpha.Alpha;

/** Uses {@link Alpha}, closing the cycle alpha -> beta -> alpha. */
public class Beta {
  public Alpha partner() {
    return new Alpha();
  }
}
