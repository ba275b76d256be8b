package fr.orthocab.support.archfixture.faces.capability;

import org.omnifaces.util.Messages;

/** A capability class writing a page message. */
public class OmniFacesInCapability {
  public void tell() {
    Messages.addGlobalInfo("done");
  }
}
