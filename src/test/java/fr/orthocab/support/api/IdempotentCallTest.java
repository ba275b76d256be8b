package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentCallTest {
  @Test
  void aKeyIsOneTo255PrintableAsciiCharacters() {
    for (String key :
        List.of("a", "8e03978e-40d5-43e8-bc93-6894a57f9324", "k".repeat(255), "un essai ~!\"")) {
      assertDoesNotThrow(() -> IdempotentCall.checkKey(key), key);
    }
  }

  @Test
  void anEmptyLongNonAsciiOrControlKeyIsABadRequest() {
    for (String key : List.of("", "k".repeat(256), "clé", "tab\there", "del\u007f", "nul\0")) {
      ProblemException refused =
          assertThrows(ProblemException.class, () -> IdempotentCall.checkKey(key), key);
      assertEquals(400, refused.problem().status());
    }
  }
}
