/**
 * Plumbing with no business meaning: the datasource and its start-up migrations, readiness, time,
 * security headers, texts cut and shown safely, metrics. Every capability may use it, so it uses
 * none of them and no Faces (the Faces helpers are in {@code web}).
 */
package fr.orthocab.support.platform;
