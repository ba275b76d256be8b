package fr.orthocab.support.mail.inbound.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicketReferencesTest {
  @Test
  void findsReferencesInASubjectInOrderOnce() {
    assertEquals(
        List.of("OC-1042", "OC-7"),
        TicketReferences.inSubject("Re: [OC-1042] Lien absent (voir aussi OC-7, OC-1042)"));
  }

  @Test
  void ignoresReferencesGluedToOtherCharacters() {
    assertEquals(List.of(), TicketReferences.inSubject("XOC-12 OC-12A OC-0 DOC-5 OC-"));
  }

  @Test
  void readsMessageIdsOfInReplyToAndReferences() {
    assertEquals(
        List.of("<a1@desk.orthocab.fr>", "<root@x>", "<b2@y>"),
        TicketReferences.messageIds(
            "<a1@desk.orthocab.fr>", "<root@x>\r\n <b2@y> <a1@desk.orthocab.fr>"));
  }

  @Test
  void noHeadersNoIds() {
    assertEquals(List.of(), TicketReferences.messageIds(null, "garbage without brackets"));
  }
}
