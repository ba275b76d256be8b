package fr.orthocab.support.secrets;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fair figure of the masking: each held-out set was written blind, from the labels' description
 * only, before the detectors and their training set were read (the second one also before the first
 * set and this test). Measured per secret, not per line (a line may hold several): a secret counts
 * as found when a span of its kind covers it whole; a span that covers no secret of its kind is a
 * false positive. The floors are what was measured the first time on each set, so they may only be
 * raised. Never tune the detectors on these sets: each miss fixed from one makes its figure less
 * true, so write a fresh set to measure a fix.
 */
class HeldOutSecretsTest {
  /** The blind sets and their floors: precision, then recall. */
  enum HeldOutSet {
    /**
     * Measured on 2026-12-08: PASSWORD 0.963 and 0.693 (52 found, 2 false, 23 missed), others 1;
     * then, after the password detector was fixed from a list of the kinds of mistakes made here
     * (not from the examples), PASSWORD 1.000 and 1.000 (75 found): no longer a blind figure.
     */
    FIRST(
        "/privacy/secrets-heldout.tsv",
        Map.of(
            SecretKind.PASSWORD, new double[] {1.0, 1.0},
            SecretKind.NIR, new double[] {1.0, 1.0},
            SecretKind.CARD, new double[] {1.0, 1.0},
            SecretKind.IBAN, new double[] {1.0, 1.0})),
    /**
     * Measured on 2026-12-08, before any change made from it: PASSWORD 0.944 and 0.850 (51 found, 3
     * false, 9 missed), NIR 1 and 0.818 (27 found, 6 missed), CARD 1 and 0.885 (23 found, 3
     * missed), IBAN 1 and 0.962 (25 found, 1 missed).
     */
    SECOND(
        "/privacy/secrets-heldout-2.tsv",
        Map.of(
            SecretKind.PASSWORD, new double[] {0.94, 0.85},
            SecretKind.NIR, new double[] {1.0, 0.81},
            SecretKind.CARD, new double[] {1.0, 0.88},
            SecretKind.IBAN, new double[] {1.0, 0.96}));

    private final String resource;
    private final Map<SecretKind, double[]> floors;

    HeldOutSet(String resource, Map<SecretKind, double[]> floors) {
      this.resource = resource;
      this.floors = floors;
    }

    List<Example> examples() throws IOException {
      return read(resource);
    }
  }

  record Labelled(SecretKind kind, int start, int end) {}

  record Example(int line, String text, List<Labelled> secrets) {}

  private static List<Example> read(String resource) throws IOException {
    List<Example> examples = new ArrayList<>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(HeldOutSecretsTest.class.getResourceAsStream(resource)),
                StandardCharsets.UTF_8))) {
      String row;
      int line = 0;
      while ((row = in.readLine()) != null) {
        line++;
        if (!row.isBlank() && !row.startsWith("#")) {
          examples.add(example(line, row.split("\t", -1)));
        }
      }
    }
    return examples;
  }

  /** Kind, text, secret, then a kind and a secret for each further one; "\n" is a line break. */
  private static Example example(int line, String[] cells) {
    String text = unescape(cells[1]);
    List<Labelled> secrets = new ArrayList<>();
    if (!cells[0].equals("NONE")) {
      addSecret(secrets, line, text, cells[0], unescape(cells[2]));
      for (int i = 3; i + 1 < cells.length; i += 2) {
        addSecret(secrets, line, text, cells[i], unescape(cells[i + 1]));
      }
    }
    return new Example(line, text, secrets);
  }

  /** A secret split over two lines is written with "\n" too. */
  private static String unescape(String cell) {
    return cell.replace("\\n", "\n");
  }

  /** The secret's place: after the one before it when a value is written twice. */
  private static void addSecret(
      List<Labelled> secrets, int line, String text, String kind, String secret) {
    int from = secrets.isEmpty() ? 0 : secrets.get(secrets.size() - 1).end();
    int at = text.indexOf(secret, from);
    if (at < 0) {
      at = text.indexOf(secret);
    }
    assertTrue(at >= 0, "line " + line + ": secret not in the text: " + secret);
    secrets.add(new Labelled(SecretKind.valueOf(kind), at, at + secret.length()));
  }

  @ParameterizedTest
  @EnumSource(HeldOutSet.class)
  void theSetHoldsEveryKindAndAsManyLookAlikes(HeldOutSet set) throws IOException {
    List<Example> examples = set.examples();
    assertTrue(examples.size() >= 250, "examples: " + examples.size());
    long withSecrets = examples.stream().filter(e -> !e.secrets().isEmpty()).count();
    assertTrue(withSecrets >= 100 && examples.size() - withSecrets >= 100, "with: " + withSecrets);
    for (SecretKind kind : SecretKind.values()) {
      long n =
          examples.stream()
              .flatMap(e -> e.secrets().stream())
              .filter(s -> s.kind() == kind)
              .count();
      assertTrue(n >= 20, kind::name);
    }
  }

  @ParameterizedTest
  @EnumSource(HeldOutSet.class)
  void precisionAndRecallPerKindHoldTheirFloors(HeldOutSet set) throws IOException {
    Map<SecretKind, int[]> tallies = new EnumMap<>(SecretKind.class); // tp, fp, fn
    for (SecretKind kind : SecretKind.values()) {
      tallies.put(kind, new int[3]);
    }
    List<String> mistakes = new ArrayList<>();
    List<String> wider = new ArrayList<>(); // found, with more than the secret masked
    for (Example e : set.examples()) {
      List<FoundSecret> found = SecretMasking.find(e.text());
      for (Labelled secret : e.secrets()) {
        FoundSecret cover =
            found.stream()
                .filter(
                    f ->
                        f.kind() == secret.kind()
                            && f.start() <= secret.start()
                            && f.end() >= secret.end())
                .findFirst()
                .orElse(null);
        tallies.get(secret.kind())[cover != null ? 0 : 2]++;
        if (cover == null) {
          mistakes.add(line(e, "missed " + secret.kind(), secret.start(), secret.end(), found));
        } else if (cover.end() - cover.start() > secret.end() - secret.start()) {
          wider.add(line(e, "wider " + secret.kind(), cover.start(), cover.end(), found));
        }
      }
      for (FoundSecret f : found) {
        boolean labelled =
            e.secrets().stream()
                .anyMatch(s -> s.kind() == f.kind() && s.start() < f.end() && f.start() < s.end());
        if (!labelled) {
          tallies.get(f.kind())[1]++;
          mistakes.add(line(e, "false " + f.kind(), f.start(), f.end(), found));
        }
      }
    }
    StringBuilder report = new StringBuilder("Secrets masking on the held-out set " + set + ":\n");
    tallies.forEach(
        (kind, t) ->
            report.append(
                String.format(
                    "  %-8s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
                    kind, ratio(t[0], t[1]), ratio(t[0], t[2]), t[0], t[1], t[2])));
    mistakes.forEach(m -> report.append("  ").append(m).append('\n'));
    wider.forEach(m -> report.append("  ").append(m).append('\n'));
    System.out.println(report);
    assertAll(
        tallies.entrySet().stream()
            .map(
                entry ->
                    () -> {
                      int[] t = entry.getValue();
                      double[] floor = set.floors.get(entry.getKey());
                      assertTrue(
                          ratio(t[0], t[1]) >= floor[0], entry.getKey() + " precision\n" + report);
                      assertTrue(
                          ratio(t[0], t[2]) >= floor[1], entry.getKey() + " recall\n" + report);
                    }));
  }

  private static String line(Example e, String what, int start, int end, List<FoundSecret> found) {
    return "line "
        + e.line()
        + " "
        + what
        + " «"
        + e.text().substring(start, end).replace("\n", "\\n")
        + "» in: "
        + SecretMasking.mask(e.text()).text().replace("\n", "\\n")
        + " (spans "
        + found
        + ")";
  }

  private static double ratio(int good, int bad) {
    return good + bad == 0 ? 1.0 : (double) good / (good + bad);
  }
}
