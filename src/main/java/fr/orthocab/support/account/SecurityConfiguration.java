package fr.orthocab.support.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The desk's roles. Login is {@link SessionLogin} on our own page ({@code /login.xhtml}); which
 * paths need which role is in web.xml.
 */
@DeclareRoles({"CUSTOMER", "AGENT", "SUPERVISOR"})
@ApplicationScoped
public class SecurityConfiguration {}
