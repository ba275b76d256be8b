/**
 * Whether the answer helped: when an agent resolves a request its customer is asked, in a mail
 * whose single-use link records the answer without logging in ({@link
 * fr.orthocab.support.satisfaction.SatisfactionLink}) and on the portal; one rating per request,
 * the latest answer winning, with an optional comment. Supervisors read the rates by week, pack,
 * agent and category ({@link fr.orthocab.support.satisfaction.SatisfactionReports}).
 */
package fr.orthocab.support.satisfaction;
