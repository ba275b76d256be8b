package fr.orthocab.support.audit;

import java.util.List;
import java.util.Optional;

/** A page of the trail, newest first, and where the next (older) one starts if there is one. */
public record AuditPage(List<AuditEntry> entries, Optional<AuditCursor> next) {
  public AuditPage {
    entries = List.copyOf(entries);
  }
}
