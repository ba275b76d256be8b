/**
 * A customer's data, all of it, as one ZIP (GDPR articles 15 and 20): {@code customer.json}
 * (profile, subscriptions, requests with their messages, decisions, refusals, flags, SLA history
 * and satisfaction, mails sent and received), whose shape is {@code
 * META-INF/customer-export.schema.json}, and the files under {@code files/<reference>/}. {@link
 * fr.orthocab.support.dataexport.CustomerExports} is the entry point: the customer downloads their
 * own from the portal; a supervisor's export of anyone's is recorded in the audit trail and among
 * the reads of the customer's data. This package reads the other capabilities' tables and writes
 * none of them.
 */
package fr.orthocab.support.dataexport;
