package fr.orthocab.support.intake;

import fr.orthocab.support.subscription.Coverage;
import fr.orthocab.support.ticket.NewRequest;

/**
 * What the rules look at, as the world was at the request's receipt: the request, the customer's
 * coverage then, and how many requests they had sent in the 24 hours before.
 */
public record IntakeFacts(
    NewRequest request, Coverage coverage, long requestsInLastDay, int dailyQuota) {}
