package fr.orthocab.support.subscription;

import fr.orthocab.support.customer.Customer;
import java.time.Instant;
import java.util.List;

/**
 * A customer's subscription was renewed (billing's word, already saved): fired in the renewal's
 * transaction, with the customer's row locked by the renewal and their coverage as it stands after
 * it. Observers act synchronously, so that what they change commits or rolls back with the renewal;
 * the one that lets held requests into the queue adds their references to {@link #released()}, in
 * order, for the renewal's answer.
 */
public record SubscriptionRenewed(
    Customer customer, Coverage coverage, Instant at, List<String> released) {}
