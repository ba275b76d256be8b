package fr.orthocab.support.admin.billing;

import fr.orthocab.support.billing.BillingDelivery;
import fr.orthocab.support.billing.Deliveries;
import fr.orthocab.support.billing.DeliveryOutcome;
import fr.orthocab.support.billing.UnverifiedCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The supervisors' log of the billing webhook's signed calls, newest first, filtered by event id
 * and by outcome through the page's address (so that a filtered log can be bookmarked or passed
 * on), and the count of the others.
 */
@Named("billingDeliveries")
@RequestScoped
public class BillingDeliveriesBacking {
  static final int MAX_ROWS = 200;

  @Inject private Deliveries deliveries;

  private String eventId;
  private String outcome;
  private List<BillingDelivery> rows;
  private List<UnverifiedCalls> unverified;

  public void load() {
    rows = deliveries.latest(eventId, chosenOutcome(), MAX_ROWS);
    unverified = deliveries.unverifiedCalls();
  }

  /** Shows the log as filtered, at an address that says so. */
  public String filter() {
    return "/admin/billing/deliveries?faces-redirect=true&includeViewParams=true";
  }

  private DeliveryOutcome chosenOutcome() {
    return Arrays.stream(DeliveryOutcome.values())
        .filter(o -> o.name().equals(outcome))
        .findFirst()
        .orElse(null);
  }

  public List<DeliveryOutcome> getOutcomes() {
    return List.of(DeliveryOutcome.values());
  }

  public List<BillingDelivery> getRows() {
    return rows;
  }

  public List<UnverifiedCalls> getUnverified() {
    return unverified;
  }

  public String getEventId() {
    return eventId;
  }

  public void setEventId(String eventId) {
    this.eventId = eventId == null ? null : eventId.strip();
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
