package fr.orthocab.support.admin.customers;

import fr.orthocab.support.reads.StaffRead;
import fr.orthocab.support.reads.StaffReads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Who of the staff looked at the customer's data lately, newest first, for their page. */
@Named
@RequestScoped
public class CustomerReadsBacking {
  static final int SHOWN = 30;

  @Inject private ShowCustomerBacking page;
  @Inject private StaffReads reads;

  private List<StaffRead> list;

  public List<StaffRead> getList() {
    if (list == null) {
      list = reads.ofCustomer(page.getCustomer().getId(), SHOWN);
    }
    return list;
  }
}
