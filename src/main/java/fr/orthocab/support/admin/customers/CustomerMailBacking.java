package fr.orthocab.support.admin.customers;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The agents' choice, on a customer's page, of what mail carries to them: the desk's default, the
 * messages themselves, or only links to the portal (for customers who must not receive health data
 * by mail).
 */
@Named("customerMail")
@RequestScoped
public class CustomerMailBacking {
  static final String DEFAULT = "DEFAULT";
  static final String LINKS = "LINKS";
  static final String CONTENT = "CONTENT";

  @Inject private ShowCustomerBacking page;
  @Inject private Customers customers;

  private String choice;

  @PostConstruct
  void init() {
    Customer customer = page.getCustomer();
    Boolean linksOnly = customer == null ? null : customer.getMailLinksOnly();
    choice = linksOnly == null ? DEFAULT : linksOnly ? LINKS : CONTENT;
  }

  public String save() {
    Customer customer = page.getCustomer();
    Boolean linksOnly =
        switch (choice == null ? DEFAULT : choice) {
          case LINKS -> Boolean.TRUE;
          case CONTENT -> Boolean.FALSE;
          default -> null;
        };
    customers.chooseMailLinksOnly(customer.getId(), linksOnly);
    Pages.info("admin_customers_show.mailSaved");
    return "/admin/customers/show?faces-redirect=true&id=" + customer.getId();
  }

  public List<String> getChoices() {
    return List.of(DEFAULT, LINKS, CONTENT);
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }
}
