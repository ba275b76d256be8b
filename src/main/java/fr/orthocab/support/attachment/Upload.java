package fr.orthocab.support.attachment;

import java.util.Objects;

/** A file as a person sent it: its name as given, and its bytes. */
public record Upload(String name, byte[] content) {
  public Upload {
    Objects.requireNonNull(content, "content");
    name = FileNames.safe(name);
  }
}
