package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals("« ma maison »", found("mot de passe : « ma maison »"));
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
}
