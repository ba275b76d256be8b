package fr.orthocab.support.mail.inbound.parsing;

import jakarta.mail.MessagingException;

/**
 * A mail the desk will not read to the end: nested deeper, cut into more parts or slower to read
 * than any person's mail. Its message is written for agents, who see it on the mailbox page.
 */
public class MailBeyondLimits extends MessagingException {
  private static final long serialVersionUID = 1L;

  MailBeyondLimits(String why) {
    super(why);
  }
}
