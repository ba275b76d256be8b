package fr.orthocab.support.demo;

/**
 * What the demo mail server serves, taken from the desk's own mail settings: the support address's
 * mailbox, on the SMTP port the desk sends to and the IMAP port it polls, with its login.
 */
record DemoMailbox(String address, int smtpPort, int imapPort, String user, String password) {}
