/**
 * SLA reports for supervisors, in plain Java: replies bucketed by pack and ISO week of Paris time,
 * the shares answered within objective (DELAY-AIM) and deadline (DELAY-MAX), nearest-rank
 * percentiles of the opening time to a ticket's first reply, and the reporting period. Computed
 * here rather than in SQL so that H2 and PostgreSQL give the same figures; {@code sla.SlaReports}
 * reads the events and hands them over.
 */
package fr.orthocab.support.sla.report;
