package fr.orthocab.support.archfixture.faces.capability;

import org.primefaces.PrimeFaces;

/** A capability class driving the page from inside. */
public class PrimeFacesInCapability {
  public void refresh() {
    PrimeFaces.current().ajax().update("form");
  }
}
