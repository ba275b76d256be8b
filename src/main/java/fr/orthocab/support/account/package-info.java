/**
 * Who may log in and with which role: accounts with PBKDF2 password hashes, the identity store
 * behind Jakarta Security's form login, and the lock that slows repeated failed logins. {@link
 * fr.orthocab.support.account.Actors} names who acts now (a person, an API token or the desk) for
 * the audit trail.
 */
package fr.orthocab.support.account;
