/**
 * The Faces side of the site shared by every audience: backing beans of the pages at the root of
 * the site (login, invitation, identity confirmation, home), the signed-in account and the chosen
 * language of the session, and the Faces helpers (messages, converters, refused postbacks) used by
 * the portal and admin screens. The capabilities never depend on it; only {@code portal}, {@code
 * admin} and this package use Faces.
 */
package fr.orthocab.support.web;
