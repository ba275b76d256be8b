package fr.orthocab.support.archfixture.cycle.parent.child;

import fr.orthocab.support.archfixture.cycle.parent.Parent;

/** A sub-package that uses its parent package back. */
public class Child {
  public Parent parent() {
    return new Parent();
  }
}
