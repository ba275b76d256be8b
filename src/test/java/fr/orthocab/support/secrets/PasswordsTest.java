package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  private final Passwords passwords = new Passwords();

  private String found(String text) {
    var all = passwords.find(text);
    assertEquals(1, all.size(), text);
    return text.substring(all.get(0).start(), all.get(0).end());
  }

  @Test
  void frenchPhrasings() {
    assertEquals("Soleil2024!", found("Mot de passe : Soleil2024!"));
    assertEquals("azerty", found("mdp: azerty"));
    assertEquals("toto1234", found("MDP : toto1234"));
    assertEquals("Chat#Noir9", found("mon mot de passe est Chat#Noir9 depuis hier"));
    assertEquals("Kx7pQ2", found("mot de passe provisoire : Kx7pQ2"));
    assertEquals("ma maison", found("mot de passe : « ma maison »"));
    assertEquals("Violette75", found("Identifiant : cdupont\nMot de passe :\nViolette75\nMerci"));
  }

  @Test
  void englishPhrasings() {
    assertEquals("hunter2", found("my password is hunter2"));
    assertEquals("P@ss", found("password = P@ss"));
    assertEquals("Lapin!89", found("pwd=Lapin!89"));
  }

  @Test
  void talkAboutPasswordsIsNoPassword() {
    assertTrue(passwords.find("j'ai oublié mon mot de passe").isEmpty());
    assertTrue(passwords.find("Mot de passe oublié : que faire ?").isEmpty());
    assertTrue(passwords.find("mon mot de passe est expiré").isEmpty());
    assertTrue(passwords.find("my password is not accepted").isEmpty());
    assertTrue(passwords.find("password reset link").isEmpty());
    assertTrue(passwords.find("mon mot de passe est bloqué").isEmpty());
    assertTrue(passwords.find("mot de passe 3 fois faux").isEmpty());
  }

  private List<String> all(String text) {
    return passwords.find(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
  }

  @Test
  void valueOnALaterLineEvenAfterABlankLine() {
    assertEquals("Hirondelle3", found("Bonjour,\nmot de passe\nHirondelle3\nMerci"));
    assertEquals("coquelicot", found("MDP :\n\ncoquelicot\n\nBien à vous"));
    assertEquals("Pivert#1", found("Voici mon nouveau mot de passe\n\n  Pivert#1"));
    assertTrue(passwords.find("J'ai oublié mon mot de passe\nDupont").isEmpty());
    assertTrue(passwords.find("Problème de mot de passe\nCordialement").isEmpty());
  }

  @Test
  void aSecondPasswordWithoutItsOwnKeyword() {
    assertEquals(
        List.of("Mouette11", "Goeland22"),
        all("mon mot de passe : l'ancien était Mouette11 et le nouveau Goeland22"));
    assertEquals(List.of("Ficus2020", "Ficus2021!"), all("password Ficus2020 et avec Ficus2021!"));
    assertEquals(List.of("Tulipe9"), all("mdp : Tulipe9 et mon identifiant est jdupont75"));
    assertEquals(
        List.of("Zq123!9"),
        all("mon mot de passe est Zq123!9 et le NIR du patient : 1 84 11 33 615 739 83."));
  }

  @Test
  void theMaskLeavesQuotesAndStopsAroundTheValue() {
    assertEquals(
        "Mot de passe : [mot de passe masqué], merci",
        SecretMasking.mask("Mot de passe : Cactus42, merci").text());
    assertEquals(
        "mon mdp est \"[mot de passe masqué]\".",
        SecretMasking.mask("mon mdp est \"Saule#8\".").text());
    assertEquals("Bouleau!", found("mdp Bouleau!"));
  }

  @Test
  void aProblemWordInQuotesIsNoPassword() {
    assertTrue(passwords.find("le bouton \"mot de passe oublié\" ne répond pas").isEmpty());
    assertTrue(passwords.find("écran « mot de passe modifié » vide").isEmpty());
    assertTrue(passwords.find("mot de passe : je ne m'en souviens plus").isEmpty());
    assertTrue(passwords.find("le mot de passe ne marche pas").isEmpty());
    assertTrue(passwords.find("mot de passe expiré").isEmpty());
  }
}
