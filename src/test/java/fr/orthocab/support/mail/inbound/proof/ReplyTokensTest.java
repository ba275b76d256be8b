package fr.orthocab.support.mail.inbound.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyTokensTest {
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final String DESK_ID = "<" + TOKEN + "@desk.orthocab.fr>";

  @Test
  void theReplyAddressCarriesTheRandomPartOfTheDesksMessageId() {
    assertEquals(
        "support+" + TOKEN + "@orthocab.fr",
        ReplyTokens.replyAddress("support@orthocab.fr", DESK_ID));
    assertNull(ReplyTokens.replyAddress("support@orthocab.fr", "<OC-2026-00012@desk.fr>"));
  }

  @Test
  void aTokenIsFoundInTheAddressesTheMailWasDeliveredTo() {
    HeaderFields headers =
        HeaderFields.of(
            "Delivered-To: SUPPORT+"
                + TOKEN.toUpperCase()
                + "@orthocab.fr\nTo: \"Support\" <support+"
                + TOKEN
                + "@orthocab.fr>, autre@a.fr");

    assertEquals(Set.of(TOKEN), ReplyTokens.in(headers, "support@orthocab.fr"));
  }

  @Test
  void lookalikeAddressesCarryNoToken() {
    for (String to :
        List.of(
            "xsupport+" + TOKEN + "@orthocab.fr",
            "support+" + TOKEN + "@orthocab.fr.julien.example",
            "support+" + TOKEN.substring(1) + "@orthocab.fr",
            "support+" + TOKEN + "0@orthocab.fr",
            "support+OC-2026-00012@orthocab.fr")) {
      assertEquals(
          Set.of(), ReplyTokens.in(HeaderFields.of("To: " + to), "support@orthocab.fr"), to);
    }
  }

  @Test
  void headerFieldsAreUnfoldedAndFoundWhateverTheirLetterCase() {
    HeaderFields headers = HeaderFields.of("to: a@b.fr,\r\n\tsupport+" + TOKEN + "@orthocab.fr");

    assertEquals(List.of("a@b.fr, support+" + TOKEN + "@orthocab.fr"), headers.values("To"));
  }
}
