/**
 * Reading what customers write, in French (and a little English): one analysis shared by every
 * feature that looks at a request's words (external products, offensive language, and later
 * duplicates and the FAQ). Lucene's French analysis (elision, ASCII folding, light stemming, stop
 * words) after the desk's own normalisation of how busy speech therapists type: no accents,
 * repeated letters, abbreviations (rdv, tlc, pb, visio, notif). Plain Java, thread-safe, no EE.
 */
package fr.orthocab.support.text;
