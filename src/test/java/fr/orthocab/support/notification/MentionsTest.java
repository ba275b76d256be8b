package fr.orthocab.support.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private static final Account LUCIE =
      Account.forStaff("lucie.moreau@orthocab.fr", "Lucie Moreau", "h", Role.AGENT);
  private static final Account THOMAS =
      Account.forStaff("thomas.roux@orthocab.fr", "Thomas Roux", "h", Role.AGENT);
  private static final Account HELENE =
      Account.forStaff("h.durand@orthocab.fr", "Hélène Durand", "h", Role.SUPERVISOR);
  private static final List<Account> TEAM = List.of(LUCIE, THOMAS, HELENE);

  @Test
  void aMemberIsNamedByTheirLoginItsFirstWordOrTheirFirstName() {
    assertEquals(List.of(LUCIE), Mentions.in("@lucie peux-tu regarder ?", TEAM));
    assertEquals(List.of(LUCIE), Mentions.in("cc @lucie.moreau", TEAM));
    assertEquals(List.of(HELENE), Mentions.in("Voir avec @h.durand", TEAM));
    assertEquals(List.of(HELENE), Mentions.in("Voir avec @helene", TEAM));
  }

  @Test
  void caseAccentsAndTheSentencesPunctuationAside() {
    assertEquals(List.of(HELENE), Mentions.in("Merci @Hélène.", TEAM));
    assertEquals(List.of(LUCIE), Mentions.in("(@LUCIE)", TEAM));
    assertEquals(List.of(THOMAS), Mentions.in("Déjà vu par @thomas, non ?", TEAM));
  }

  @Test
  void severalMembersEachOnceInTeamOrder() {
    assertEquals(
        List.of(LUCIE, THOMAS), Mentions.in("@thomas et @lucie, puis @thomas encore", TEAM));
  }

  @Test
  void anEmailAddressOrAnUnknownHandleNamesNobody() {
    assertEquals(List.of(), Mentions.in("écrire à lucie@orthocab.fr", TEAM));
    assertEquals(List.of(), Mentions.in("client thomas.roux@gmail.com", TEAM));
    assertEquals(List.of(), Mentions.in("@luc et @thom", TEAM));
    assertEquals(List.of(), Mentions.in("rien à signaler", TEAM));
    assertEquals(List.of(), Mentions.in(null, TEAM));
    assertEquals(List.of(), Mentions.in("un @ seul", TEAM));
  }
}
