/**
 * The queue's views: the built-in ones every agent has ({@link
 * fr.orthocab.support.queueview.BuiltInView}: theirs, nobody's, open, waiting on the customer, due
 * soon, breached, flagged by kind, held), the filter combinations an agent names and keeps for
 * themselves ({@link fr.orthocab.support.queueview.SavedView}, private to their owner), and the
 * view each agent last opened, kept in the database so that it survives a logout and another node.
 * {@link fr.orthocab.support.queueview.SavedViews} is the entry point; a view is a {@link
 * fr.orthocab.support.queueview.ViewCriteria}, which the queue turns into the ticket capability's
 * {@code QueueFilter}.
 */
package fr.orthocab.support.queueview;
