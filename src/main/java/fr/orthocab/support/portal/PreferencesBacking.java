package fr.orthocab.support.portal;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The customer's own choices ({@code /portal/preferences.xhtml}): the language of the portal and of
 * the desk's mails, and the optional mails (acknowledgements, satisfaction requests); every answer
 * is mailed whatever they choose.
 */
@Named("portalPreferences")
@ViewScoped
public class PreferencesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PortalCustomer customer;
  @Inject private Customers customers;
  @Inject private LanguageSelection selection;

  @NotNull private Language language;
  private boolean acknowledgements;
  private boolean satisfaction;

  @PostConstruct
  void init() {
    Customer me = customers.byId(customer.id()).orElseThrow();
    language = me.getLanguage();
    acknowledgements = me.isMailAcknowledgements();
    satisfaction = me.isMailSatisfaction();
  }

  public String save() {
    customers.choosePreferences(customer.id(), language, acknowledgements, satisfaction);
    selection.choose(language);
    Pages.info("portal_preferences.saved");
    return "/portal/preferences.xhtml?faces-redirect=true";
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public boolean isAcknowledgements() {
    return acknowledgements;
  }

  public void setAcknowledgements(boolean acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  public boolean isSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(boolean satisfaction) {
    this.satisfaction = satisfaction;
  }
}
