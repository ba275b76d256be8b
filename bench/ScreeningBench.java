import fr.orthocab.support.duplicate.DuplicateFinder;
import fr.orthocab.support.duplicate.RequestText;
import fr.orthocab.support.screening.Screening;
import fr.orthocab.support.text.FrenchText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time per request of what the desk reads in a customer's text (bench/screening.sh): the external
 * products reading and the offensive-language search together (Screening.of, as the intake
 * pipeline and the comments run them), and the shared French analysis alone (FrenchText.terms, the
 * term vector duplicates and the FAQ will use), over every message of the labelled corpora, in one
 * thread, after a warm-up; and the duplicate check of a new request against a customer's 50
 * requests in progress (DUP-COMMENT): the 50 analysed again on each check, as the intake did
 * before it stored each request's notions (bench/text-features.sh times today's way), and compared.
 * Prints percentiles in microseconds.
 * Usage: java -cp <classes+lucene> bench/ScreeningBench.java <corpusDir> [warmupSeconds=20] [rounds=200]
 */
public class ScreeningBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    List<String[]> texts = new ArrayList<>();
    for (String name : List.of("external-products.dev.tsv", "offensive.dev.tsv", "duplicates.dev.tsv")) {
      List<String> lines = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
      List<String> header = Arrays.asList(lines.get(0).split("\t"));
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        if (header.contains("body")) {
          texts.add(new String[] {cells[header.indexOf("subject")], cells[header.indexOf("body")]});
        } else if (header.contains("text")) {
          texts.add(new String[] {"", cells[header.indexOf("text")]});
        } else {
          texts.add(new String[] {cells[header.indexOf("second_subject")], cells[header.indexOf("second_body")]});
        }
      }
    }
    List<String[]> open = new ArrayList<>();
    for (int i = 0; open.size() < 50; i++) {
      open.add(texts.get((i * 7) % texts.size()));
    }
    long sink = 0;
    long until = System.nanoTime() + warmup * 1_000_000_000L;
    while (System.nanoTime() < until) {
      for (String[] t : texts) {
        sink += Screening.of(t[0], t[1]).offensive().size();
        sink += FrenchText.analysis().terms(t[1]).size();
        sink += duplicateCheck(t, open);
      }
    }
    long[] screening = new long[rounds * texts.size()];
    long[] analysis = new long[rounds * texts.size()];
    long[] duplicates = new long[rounds * texts.size()];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (String[] t : texts) {
        long a = System.nanoTime();
        sink += Screening.of(t[0], t[1]).offensive().size();
        long b = System.nanoTime();
        sink += FrenchText.analysis().terms(t[0] + "\n" + t[1]).size();
        long c = System.nanoTime();
        sink += duplicateCheck(t, open);
        long d = System.nanoTime();
        screening[n] = b - a;
        analysis[n] = c - b;
        duplicates[n++] = d - c;
      }
    }
    System.out.printf("%d texts x %d rounds after %d s of warm-up (sink %d)%n", texts.size(), rounds, warmup, sink);
    report("Screening.of (external products + offensive language)", screening);
    report("FrenchText.terms (analysis alone)", analysis);
    report("Duplicate check, 50 requests in progress", duplicates);
  }

  /** What the intake did for DUP-COMMENT before the notions were stored: the 50 analysed again. */
  static long duplicateCheck(String[] request, List<String[]> open) {
    List<DuplicateFinder.Earlier> earlier = new ArrayList<>(open.size());
    long id = 0;
    for (String[] o : open) {
      earlier.add(new DuplicateFinder.Earlier(++id, "OC-" + id, RequestText.of(o[0], o[1])));
    }
    return DuplicateFinder.best(
            RequestText.of(request[0], request[1]), earlier, DuplicateFinder.DEFAULT_THRESHOLD)
        .map(DuplicateFinder.Match::ticketId)
        .orElse(0L);
  }

  static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-55s p50 %6.1f us  p90 %6.1f us  p99 %6.1f us  max %7.1f us%n",
        what, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
  }

  static double at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
  }
}
