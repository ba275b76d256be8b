package fr.orthocab.support.archfixture.faces.web;

import jakarta.faces.context.FacesContext;

/** The web layer may use Faces: not a violation. */
public class FacesInWeb {
  public boolean postback() {
    return FacesContext.getCurrentInstance().isPostback();
  }
}
