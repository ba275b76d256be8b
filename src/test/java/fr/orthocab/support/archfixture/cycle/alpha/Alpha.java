package fr.orthocab.support.archfixture.cycle.alpha;

import fr.orthocab.support.archfixture.cycle.beta.Beta;

/** Uses {@link Beta}, which uses it back. */
public class Alpha {
  public Beta partner() {
    return new Beta();
  }
}
