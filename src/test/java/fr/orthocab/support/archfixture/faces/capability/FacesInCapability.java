package fr.orthocab.support.archfixture.faces.capability;

import jakarta.faces.context.FacesContext;

/** A capability class reaching for the Faces context. */
public class FacesInCapability {
  public boolean postback() {
    return FacesContext.getCurrentInstance().isPostback();
  }
}
