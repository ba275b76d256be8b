/**
 * Who may log in and with which role: accounts with PBKDF2 password hashes, the identity store
 * behind Jakarta Security's form login, and the lock that slows repeated failed logins.
 */
package fr.orthocab.support.account;
