/**
 * SLA calendars and due instants (DELAY-MAX, DELAY-AIM), in plain Java with no container: French
 * public holidays, jours ouvrables (or jours ouvrés as a setting) and closure days, the weekly
 * opening hours, and one walk over opening time that gives both the due instants (objective,
 * deadline and their warnings) and the business time elapsed, so that deadlines, warnings and
 * reports never disagree. Every date is read in Europe/Paris; instants stay instants.
 */
package fr.orthocab.support.sla.calendar;
