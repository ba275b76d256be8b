/**
 * What the desk reads in what customers write, on every request and every comment: whether a Zoom
 * or Webex mention is the vendor's problem (EXT-PRODUCTS) or Orthocab's (EXT-EXCEPTION), and
 * offensive words (REFUSE-LANGUAGE), both through the shared French analysis of {@code text}. What
 * they find becomes a ticket flag for an agent, with its decision; a flag never refuses or holds a
 * request by itself. The intake pipeline's rules and the portal's notice use the same readers.
 */
package fr.orthocab.support.screening;
