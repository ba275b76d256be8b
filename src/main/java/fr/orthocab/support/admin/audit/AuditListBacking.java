package fr.orthocab.support.admin.audit;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditCursor;
import fr.orthocab.support.audit.AuditEntry;
import fr.orthocab.support.audit.AuditPage;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The supervisors' audit trail: filters in the query string, newest first, and "older" as a link
 * from the last entry shown (keyset paging: nothing is counted or skipped, at any size).
 */
@Named
@RequestScoped
public class AuditListBacking {
  static final int PAGE_SIZE = 50;

  @Inject private AuditTrail trail;
  @Inject private Customers customers;

  private final AuditListFilter filter = new AuditListFilter();
  private String before;
  private AuditPage page = new AuditPage(List.of(), Optional.empty());

  public void load() {
    AuditCursor cursor;
    try {
      cursor = before == null || before.isBlank() ? null : AuditCursor.parse(before.strip());
    } catch (IllegalArgumentException e) {
      cursor = null;
    }
    try {
      page =
          trail.page(
              filter.toFilter(email -> customers.byEmail(email).map(Customer::getId)),
              cursor,
              PAGE_SIZE);
    } catch (IllegalArgumentException e) {
      Pages.error(e.getMessage());
    }
  }

  public AuditListFilter getFilter() {
    return filter;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public List<AuditEntry> getEntries() {
    return page.entries();
  }

  /** The cursor of the next, older page; null on the last. */
  public String getOlder() {
    return page.next().map(AuditCursor::text).orElse(null);
  }

  public boolean isOlderPage() {
    return before != null && !before.isBlank();
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }
}
