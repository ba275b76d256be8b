/**
 * SLA tracking (DELAY-AIM, DELAY-MAX): the stored calendar and service levels per pack that
 * supervisors edit, a reply clock per ticket that follows its oldest customer message awaiting a
 * reply, the SLA history of each ticket, and the sweep that records warnings and breaches exactly
 * once across a cluster and notifies through the outbox. The date and time arithmetic itself, in
 * plain Java, is in {@code sla.calendar}.
 */
package fr.orthocab.support.sla;
