package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShowableTest {
  @Showable private String subject;

  @Showable(multiline = true)
  private String description;

  private static Showable.Check check(String field) throws NoSuchFieldException {
    Showable.Check check = new Showable.Check();
    check.initialize(ShowableTest.class.getDeclaredField(field).getAnnotation(Showable.class));
    return check;
  }

  @Test
  void aFormFieldRefusesWhatWouldHideOrDisguiseIt() throws NoSuchFieldException {
    Showable.Check subject = check("subject");
    Showable.Check description = check("description");
    assertTrue(subject.isValid("Agenda bloqué", null));
    assertTrue(subject.isValid(null, null), "a missing text is @NotBlank's business");
    assertFalse(subject.isValid("facture\u202etxt.exe", null));
    assertFalse(subject.isValid("deux\nlignes", null));
    assertTrue(description.isValid("deux\nlignes", null));
    assertFalse(description.isValid("nul \u0000", null));
    assertFalse(description.isValid("seul \ud800", null));
  }
}
