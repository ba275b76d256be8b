/**
 * Files on messages: what an agent attaches to a reply (mailed to the customer with it, shown in
 * the thread), checked by what their content is, never by their name or the type the browser
 * declares; kept in a table of their own, so that the message tables stay small.
 */
package fr.orthocab.support.attachment;
