/**
 * The HTTP APIs that are not a capability's own: the ticket API ({@code /api/tickets}) for
 * integrations and imports, its bearer-token authentication, the RFC 9457 problem details every
 * error of {@code /api} answers with, and the JVM metrics ({@code /metrics}) for a scraper holding
 * a supervisor's token. Resources only parse, delegate to the capabilities' entry points (the
 * intake pipeline first of all) and map results; no rule lives here.
 */
package fr.orthocab.support.api;
