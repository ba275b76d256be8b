/**
 * Backing beans of the customer portal; sub-packages mirror the pages under {@code /portal/}. Every
 * lookup goes through the logged-in customer, so one customer never reaches another's data.
 */
package fr.orthocab.support.portal;
