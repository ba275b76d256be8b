package fr.orthocab.support.billing;

/**
 * What a verified delivery of an event came to: applied now, already applied with the same body
 * (the same answer again), or a known id with another body (a conflict, applied never again).
 */
public record Receipt(DeliveryOutcome outcome, int httpStatus, String result, String error) {

  static Receipt applied(BillingEvent event) {
    return new Receipt(DeliveryOutcome.APPLIED, 200, event.getResult(), null);
  }

  /** Another delivery of a known event: its answer, unless the body differs. */
  static Receipt again(BillingEvent known, String bodySha256) {
    if (!known.getBodySha256().equals(bodySha256)) {
      return new Receipt(
          DeliveryOutcome.CONFLICT,
          409,
          null,
          "Event "
              + known.getEventId()
              + " was applied with a different body; it is not applied again.");
    }
    return new Receipt(DeliveryOutcome.DUPLICATE, 200, known.getResult(), null);
  }
}
