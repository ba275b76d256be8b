import fr.orthocab.support.demo.DemoFaqArticles;
import fr.orthocab.support.duplicate.DuplicateFinder;
import fr.orthocab.support.duplicate.RequestText;
import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqIndex;
import fr.orthocab.support.faq.FaqText;
import fr.orthocab.support.faq.RichText;
import fr.orthocab.support.screening.ExternalProducts;
import fr.orthocab.support.screening.OffensiveLanguage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Time per new request of the four text features of issue 7 together (bench/text-features.sh), as
 * the desk runs them: the Zoom/Webex reading (ExternalProducts.read), the offensive-language search
 * (OffensiveLanguage.find), the duplicate check against the customer's 50 requests in progress as
 * the database hands them over (50 stored forms parsed, compared with the new request analysed once,
 * whose own stored form is written), and the FAQ suggestions among 500 articles (index built once,
 * as each node keeps it). Every request of the labelled corpora (subject and body) is a new
 * request; the 50 in progress are the first requests of the duplicates corpus, so the corpus's
 * second requests meet their originals. The FAQ is made as bench/FaqBench.java makes it (the demo
 * articles padded with customers' messages), twice: each request is ranked against the FAQ padded
 * with the other half of the corpora, so it never meets its own text. One thread, a warm-up, then
 * rounds. Prints percentiles in microseconds, per feature and for the four together (wall clock,
 * and the thread's CPU time, which leaves out waiting for a CPU on a loaded machine).
 * Usage: java -cp <classes+deps> bench/TextFeaturesBench.java <corpusDir> [warmupSeconds=20] [rounds=100]
 */
public class TextFeaturesBench {
  static final int IN_PROGRESS = 50;
  static final int ARTICLES = 500;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    System.out.printf(
        "JVM %s %s; %d processors, %s; load average at start: %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        loadAverage());

    List<String[]> requests = new ArrayList<>();
    List<String> storedInProgress = new ArrayList<>();
    for (String name : List.of("external-products.dev.tsv", "offensive.dev.tsv", "duplicates.dev.tsv")) {
      List<String> lines = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
      List<String> header = Arrays.asList(lines.get(0).split("\t"));
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (header.contains("body")) {
          requests.add(new String[] {text(c[header.indexOf("subject")]), text(c[header.indexOf("body")])});
        } else if (header.contains("text")) {
          requests.add(new String[] {"", text(c[header.indexOf("text")])});
        } else {
          requests.add(new String[] {text(c[header.indexOf("second_subject")]), text(c[header.indexOf("second_body")])});
          if (storedInProgress.size() < IN_PROGRESS) {
            // what intake wrote in ticket.request_notions when the customer sent it
            storedInProgress.add(
                RequestText.of(text(c[header.indexOf("first_subject")]), text(c[header.indexOf("first_body")])).stored());
          }
        }
      }
    }
    List<String> even = new ArrayList<>();
    List<String> odd = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      (i % 2 == 0 ? even : odd).add(requests.get(i)[0] + "\n" + requests.get(i)[1]);
    }
    long build = System.nanoTime();
    FaqIndex paddedWithOdd = faq(odd);
    FaqIndex paddedWithEven = faq(even);
    build = System.nanoTime() - build;
    System.out.printf(
        "%d requests; %d in progress of the customer (stored forms, %d characters in all); FAQ of %d articles (two built in %.0f ms)%n",
        requests.size(),
        storedInProgress.size(),
        storedInProgress.stream().mapToInt(String::length).sum(),
        paddedWithOdd.size(),
        build / 1e6);

    long sink = 0;
    long until = System.nanoTime() + warmup * 1_000_000_000L;
    while (System.nanoTime() < until) {
      for (int i = 0; i < requests.size(); i++) {
        String[] r = requests.get(i);
        sink += ExternalProducts.read(r[0], r[1]).vendorEvidence().size();
        sink += OffensiveLanguage.find(r[0] + "\n" + r[1]).size();
        sink += duplicateCheck(r, storedInProgress);
        sink += suggest(i % 2 == 0 ? paddedWithOdd : paddedWithEven, r);
      }
    }

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int n = rounds * requests.size();
    long[] external = new long[n];
    long[] offensive = new long[n];
    long[] duplicates = new long[n];
    long[] faq = new long[n];
    long[] together = new long[n];
    long[] togetherCpu = new long[n];
    int k = 0;
    int flagged = 0;
    int suggested = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < requests.size(); i++) {
        String[] r = requests.get(i);
        FaqIndex index = i % 2 == 0 ? paddedWithOdd : paddedWithEven;
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sink += ExternalProducts.read(r[0], r[1]).vendorEvidence().size();
        long t1 = System.nanoTime();
        sink += OffensiveLanguage.find(r[0] + "\n" + r[1]).size();
        long t2 = System.nanoTime();
        long match = duplicateCheck(r, storedInProgress);
        long t3 = System.nanoTime();
        int found = suggest(index, r);
        long t4 = System.nanoTime();
        togetherCpu[k] = cpu.getCurrentThreadCpuTime() - c0;
        external[k] = t1 - t0;
        offensive[k] = t2 - t1;
        duplicates[k] = t3 - t2;
        faq[k] = t4 - t3;
        together[k++] = t4 - t0;
        sink += match + found;
        flagged += match >= 0 ? 1 : 0;
        suggested += found > 0 ? 1 : 0;
      }
    }
    System.out.printf(
        "%d requests x %d rounds after %d s of warm-up; %d%% flagged as duplicates, %d%% got an FAQ suggestion (sink %d)%n",
        requests.size(), rounds, warmup, 100 * flagged / n, 100 * suggested / n, sink);
    report("external products (ExternalProducts.read)", external);
    report("offensive language (OffensiveLanguage.find)", offensive);
    report("duplicate check, 50 stored requests in progress", duplicates);
    report("FAQ suggestions, 500 articles", faq);
    report("the four together, wall clock", together);
    report("the four together, thread CPU time", togetherCpu);
    System.out.printf("load average at end: %s%n", loadAverage());
  }

  /**
   * DUP-COMMENT as intake runs it once the 50 rows are read: each stored form parsed, the new
   * request analysed once (its stored form is what its ticket keeps), the best match above the
   * threshold. The match's index among the 50, or -1.
   */
  static long duplicateCheck(String[] request, List<String> stored) {
    List<DuplicateFinder.Earlier> earlier = new ArrayList<>(stored.size());
    long id = 0;
    for (String s : stored) {
      Optional<RequestText> text = RequestText.fromStored(s);
      earlier.add(new DuplicateFinder.Earlier(id, "OC-" + id, text.orElseThrow()));
      id++;
    }
    RequestText text = RequestText.of(request[0], request[1]);
    if (text.stored().isEmpty()) {
      throw new IllegalStateException();
    }
    return DuplicateFinder.best(text, earlier, DuplicateFinder.DEFAULT_THRESHOLD)
        .map(DuplicateFinder.Match::ticketId)
        .orElse(-1L);
  }

  static int suggest(FaqIndex index, String[] request) {
    return index
        .search(request[0] + "\n" + request[1], FaqArticles.SUGGESTIONS, FaqArticles.SUGGESTION_THRESHOLD)
        .size();
  }

  /** 500 articles as bench/FaqBench.java makes them: a demo article and four customers' messages. */
  static FaqIndex faq(List<String> padding) {
    Random random = new Random(42);
    List<FaqIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      FaqText base = DemoFaqArticles.ALL.get(i % DemoFaqArticles.ALL.size());
      StringBuilder body = new StringBuilder(RichText.plain(base.bodyFr()));
      for (int k = 0; k < 4; k++) {
        body.append('\n').append(padding.get(random.nextInt(padding.size())));
      }
      entries.add(new FaqIndex.Entry(i, base.titleFr() + " " + i, body.toString()));
    }
    return FaqIndex.of(entries);
  }

  static String text(String cell) {
    return cell.replace(" / ", "\n");
  }

  static String loadAverage() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  static String cpuModel() throws Exception {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst()
        .orElse("unknown CPU");
  }

  static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-50s p50 %8.1f us  p90 %8.1f us  p99 %8.1f us  max %9.1f us%n",
        what, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
  }

  static double at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
  }
}
