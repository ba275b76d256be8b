package fr.orthocab.support.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own page ({@code /login.xhtml}); the login bean calls {@code
 * SecurityContext.authenticate}. Which paths need which role is in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false))
@DeclareRoles({"CUSTOMER", "AGENT", "SUPERVISOR"})
@ApplicationScoped
public class SecurityConfiguration {}
