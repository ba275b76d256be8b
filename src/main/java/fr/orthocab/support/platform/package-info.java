/**
 * Plumbing with no business meaning: the datasource and its start-up migrations, readiness, time,
 * security headers, language selection and the Faces helpers shared by the portal and admin
 * screens.
 */
package fr.orthocab.support.platform;
