package fr.orthocab.support.demo;

/** A demo login as printed at start-up and listed in the README. */
record DemoLogin(String who, String email, String role) {
  /** Every demo account shares this password; demo mode only, never in production. */
  static final String PASSWORD = "orthocab-demo";
}
