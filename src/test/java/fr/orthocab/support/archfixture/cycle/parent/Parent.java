package fr.orthocab.support.archfixture.cycle.parent;

import fr.orthocab.support.archfixture.cycle.parent.child.Child;

/** A package that uses its sub-package, as the portal used portal.tickets. */
public class Parent {
  public Child child() {
    return new Child();
  }
}
