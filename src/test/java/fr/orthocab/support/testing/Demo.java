package fr.orthocab.support.testing;

/** The demo logins that the run command prints and the README lists (demo mode only). */
public final class Demo {
  public static final String PASSWORD = "orthocab-demo";
  public static final String CLAIRE = "claire.martin@demo.orthocab.fr";
  public static final String JULIEN = "julien.bernard@demo.orthocab.fr";
  public static final String SOPHIE = "sophie.petit@demo.orthocab.fr";
  public static final String LUCIE = "lucie.moreau@orthocab.fr";
  public static final String THOMAS = "thomas.roux@orthocab.fr";
  public static final String NADIA = "nadia.lefevre@orthocab.fr";

  /** The ticket API's bootstrap token the tests' desk is started with. */
  public static final String API_TOKEN = "test-bootstrap-9f2c41d7e8a3";

  /** The billing webhook secret of the test desk (test-only). */
  public static final String BILLING_SECRET = "it-billing-desk";

  private Demo() {}
}
