package fr.orthocab.support.attachment;

import fr.orthocab.support.ticket.Message;
import java.util.List;

/** The message files were added to, the files kept on it, and each refused one with its reason. */
public record Attached(Message message, List<MessageFile> kept, List<FileCheck.Problem> refused) {
  public Attached {
    kept = List.copyOf(kept);
    refused = List.copyOf(refused);
  }
}
