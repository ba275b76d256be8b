package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled set in customers' voice (privacy/secrets.tsv): each true secret masked whole, each
 * look-alike (references, dates, phone, RPPS, ADELI, SIRET, amounts, invalid keys) left as written.
 * Precision and recall are printed per kind.
 */
class LabelledSecretsTest {
  private static final List<Example> EXAMPLES = new ArrayList<>();

  record Example(int line, String kind, String text, String secret) {}

  @BeforeAll
  static void read() throws IOException {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    LabelledSecretsTest.class.getResourceAsStream("/privacy/secrets.tsv")),
                StandardCharsets.UTF_8))) {
      String row;
      int line = 0;
      while ((row = in.readLine()) != null) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] cells = row.split("\t", -1);
        EXAMPLES.add(new Example(line, cells[0], cells[1], cells.length > 2 ? cells[2] : ""));
      }
    }
  }

  @Test
  void theSetIsLargeAndHoldsEveryKindAndLookAlikes() {
    assertTrue(EXAMPLES.size() >= 150, "examples: " + EXAMPLES.size());
    for (SecretKind kind : SecretKind.values()) {
      assertTrue(
          EXAMPLES.stream().filter(e -> e.kind().equals(kind.name())).count() >= 10, kind::name);
    }
    assertTrue(EXAMPLES.stream().filter(e -> e.kind().equals("NONE")).count() >= 80);
  }

  @Test
  void precisionAndRecallPerKind() {
    Map<SecretKind, int[]> tallies = new EnumMap<>(SecretKind.class); // tp, fp, fn
    for (SecretKind kind : SecretKind.values()) {
      tallies.put(kind, new int[3]);
    }
    List<String> misses = new ArrayList<>();
    for (Example e : EXAMPLES) {
      Masked masked = SecretMasking.mask(e.text());
      for (SecretKind kind : SecretKind.values()) {
        boolean expected = e.kind().equals(kind.name());
        boolean found = masked.counts().containsKey(kind);
        boolean whole = !expected || !masked.text().contains(e.secret());
        int[] t = tallies.get(kind);
        if (expected && found && whole) {
          t[0]++;
        } else if (found && !expected) {
          t[1]++;
          misses.add("line " + e.line() + " false " + kind + ": " + masked.text());
        } else if (expected) {
          t[2]++;
          misses.add("line " + e.line() + " missed " + kind + ": " + masked.text());
        }
      }
    }
    StringBuilder report = new StringBuilder("Secrets masking on the labelled set:\n");
    tallies.forEach(
        (kind, t) ->
            report.append(
                String.format(
                    "  %-8s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
                    kind, precision(t), recall(t), t[0], t[1], t[2])));
    misses.forEach(m -> report.append("  ").append(m).append('\n'));
    System.out.println(report);
    assertAll(
        tallies.entrySet().stream()
            .map(
                entry ->
                    () -> {
                      int[] t = entry.getValue();
                      assertEquals(1.0, precision(t), entry.getKey() + " precision\n" + report);
                      assertTrue(recall(t) >= 0.95, entry.getKey() + " recall\n" + report);
                    }));
  }

  @Test
  void lookAlikesStayAsWritten() {
    for (Example e : EXAMPLES) {
      if (e.kind().equals("NONE")) {
        assertEquals(e.text(), SecretMasking.mask(e.text()).text(), "line " + e.line());
      }
    }
  }

  @Test
  void maskedTextReadsThePlaceholderInsteadOfTheSecretAndCountsByKind() {
    Masked masked = SecretMasking.mask("Mot de passe : Soleil2024! et sécu 1 85 05 78 006 084 91.");
    assertEquals(
        "Mot de passe : [mot de passe masqué] et sécu [n° de sécurité sociale masqué].",
        masked.text());
    assertEquals(Map.of(SecretKind.PASSWORD, 1, SecretKind.NIR, 1), masked.counts());
  }

  @Test
  void maskingTwiceMasksNothingMore() {
    Masked once = SecretMasking.mask("mdp Soleil75! et MDP : azerty");
    Masked twice = SecretMasking.mask(once.text());
    assertEquals(once.text(), twice.text());
    assertTrue(twice.counts().isEmpty());
  }

  private static double precision(int[] t) {
    return t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
  }

  private static double recall(int[] t) {
    return t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
  }
}
