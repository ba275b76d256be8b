/**
 * Files on messages: what an agent attaches to a reply (mailed to the customer with it, shown in
 * the thread) and what a customer attaches to a request or a comment (portal, API), checked by what
 * their content is, never by their name or the type the browser declares; an image gets a bounded
 * thumbnail made here, so that no browser renders what a customer sent. Kept in a table of their
 * own, so that the message tables stay small.
 */
package fr.orthocab.support.attachment;
