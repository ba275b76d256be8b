package fr.orthocab.support.admin.customers;

import fr.orthocab.support.account.Actors;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.dataexport.CustomerExports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * A supervisor's download of all the customer's data, from their page: recorded in the audit trail
 * and among the reads of the customer's data before the ZIP is written.
 */
@Named
@RequestScoped
public class CustomerExportBacking {
  @Inject private ShowCustomerBacking page;
  @Inject private CustomerExports exports;
  @Inject private Actors actors;

  public void download() throws IOException {
    if (!Faces.isUserInRole("SUPERVISOR")) {
      throw new IllegalStateException("A customer's export is for supervisors");
    }
    long customerId = page.getCustomer().getId();
    AuditActor reader = actors.current();
    Faces.sendFile(
        exports.fileName(customerId), true, out -> exports.writeFor(reader, customerId, out));
  }
}
