package fr.orthocab.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IfMatchTest {
  private final JsonInput in =
      JsonInput.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));

  @Test
  void anEtagQuotedOrWeakOrBareNamesTheExpectedVersion() {
    assertEquals(3, IfMatch.expected("\"3\"", 9, in));
    assertEquals(4, IfMatch.expected("W/\"4\"", 9, in));
    assertEquals(5, IfMatch.expected("5", 9, in));
    in.check();
  }

  @Test
  void noIfMatchOrAStarExpectsTheCurrentVersion() {
    assertEquals(9, IfMatch.expected(null, 9, in));
    assertEquals(9, IfMatch.expected("*", 9, in));
  }

  @Test
  void aMalformedIfMatchIsAnInvalidField() {
    IfMatch.expected("\"abc\"", 9, in);
    ProblemException refused = assertThrows(ProblemException.class, in::check);
    assertEquals("If-Match", refused.problem().errors().get(0).field());
  }
}
