/**
 * Closing and reopening requests: the customer closes their own request, a comment on a resolved
 * one reopens it within the reopen window and otherwise starts a new request following it, and a
 * resolved request left without answer closes by itself, its customer told beforehand, once even
 * with several nodes ({@link fr.orthocab.support.closing.AutoCloseSweep}). The ticket's own rules
 * (windows, the warning's day) are in {@code ticket.Ticket}; the delays in {@code
 * ticket.ClosingDelays}.
 */
package fr.orthocab.support.closing;
