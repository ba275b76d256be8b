/**
 * Customers: the speech therapists Orthocab serves, identified by surname, first name and login
 * email (clause ID-INFO), with the language they want to be answered in.
 */
package fr.orthocab.support.customer;
