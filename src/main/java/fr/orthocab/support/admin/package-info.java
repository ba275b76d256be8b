/**
 * Backing beans of the agents' and supervisors' screens; sub-packages mirror the pages under {@code
 * /admin/}.
 */
package fr.orthocab.support.admin;
