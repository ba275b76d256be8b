/**
 * The support team: supervisors invite agents and other supervisors (a single-use link to choose
 * their password), change their role, deactivate who leaves (their sessions and API tokens stop,
 * their requests in work go back to the queue, their name stays on past work) and reactivate them.
 * The desk never lacks an active supervisor: the last one can be neither deactivated nor made an
 * agent, and a production start with none creates the first one from the settings.
 */
package fr.orthocab.support.staff;
