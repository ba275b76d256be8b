package fr.orthocab.support.web;

import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's language links: the choice lasts the session and, for a customer, is kept. */
@Named
@RequestScoped
public class LanguageSwitch {
  @Inject private LanguageSelection language;
  @Inject private CurrentAccount me;
  @Inject private Customers customers;

  public String use(String code) {
    Language chosen = Language.fromCode(code);
    language.choose(chosen);
    me.get()
        .filter(a -> a.getCustomer() != null)
        .ifPresent(a -> customers.preferLanguage(a.getCustomer().getId(), chosen));
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
