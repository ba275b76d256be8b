import fr.orthocab.support.demo.DemoFaqArticles;
import fr.orthocab.support.faq.FaqArticles;
import fr.orthocab.support.faq.FaqIndex;
import fr.orthocab.support.faq.FaqText;
import fr.orthocab.support.faq.RichText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Time per request of the FAQ suggestion (bench/faq.sh): an FAQ of 500 articles (the 12 demo
 * articles, each repeated with four customers' messages of one half of the labelled corpora
 * appended, so that the vocabulary is as wide as a real FAQ's), indexed once, then every message of
 * the other half (subject and body, as the new-request page sends them) ranked against it with the suggestion threshold,
 * in one thread, after a warm-up. Also times building the index (what a change of any article
 * costs the next request on each node). Prints percentiles in microseconds.
 * Usage: java -cp <classes+deps> bench/FaqBench.java <corpusDir> [articles=500] [warmupSeconds=20] [rounds=100]
 */
public class FaqBench {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    List<String> texts = new ArrayList<>();
    for (String name : List.of("external-products.dev.tsv", "offensive.dev.tsv", "duplicates.dev.tsv")) {
      List<String> lines = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
      List<String> header = Arrays.asList(lines.get(0).split("\t"));
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        if (header.contains("body")) {
          texts.add(cells[header.indexOf("subject")] + "\n" + cells[header.indexOf("body")]);
        } else if (header.contains("text")) {
          texts.add(cells[header.indexOf("text")]);
        } else {
          texts.add(cells[header.indexOf("second_subject")] + "\n" + cells[header.indexOf("second_body")]);
        }
      }
    }
    // half the texts pad the articles, the other half are the requests: no request is in the FAQ
    List<String> padding = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      (i % 2 == 0 ? padding : requests).add(texts.get(i));
    }
    texts = requests;
    Random random = new Random(42);
    List<FaqIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      FaqText base = DemoFaqArticles.ALL.get(i % DemoFaqArticles.ALL.size());
      StringBuilder body = new StringBuilder(RichText.plain(base.bodyFr()));
      for (int k = 0; k < 4; k++) {
        body.append('\n').append(padding.get(random.nextInt(padding.size())));
      }
      entries.add(new FaqIndex.Entry(i, base.titleFr() + " " + i, body.toString()));
    }
    long sink = 0;
    long[] builds = new long[5];
    FaqIndex index = null;
    for (int b = 0; b < builds.length; b++) {
      long a = System.nanoTime();
      index = FaqIndex.of(entries);
      builds[b] = System.nanoTime() - a;
    }
    long until = System.nanoTime() + warmup * 1_000_000_000L;
    while (System.nanoTime() < until) {
      for (String t : texts) {
        sink += index.search(t, FaqArticles.SUGGESTIONS, FaqArticles.SUGGESTION_THRESHOLD).size();
      }
    }
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] suggest = new long[rounds * texts.size()];
    long[] suggestCpu = new long[rounds * texts.size()];
    int n = 0;
    int suggested = 0;
    for (int r = 0; r < rounds; r++) {
      for (String t : texts) {
        long c = cpu.getCurrentThreadCpuTime();
        long a = System.nanoTime();
        int found = index.search(t, FaqArticles.SUGGESTIONS, FaqArticles.SUGGESTION_THRESHOLD).size();
        suggest[n] = System.nanoTime() - a;
        suggestCpu[n++] = cpu.getCurrentThreadCpuTime() - c;
        sink += found;
        suggested += found > 0 ? 1 : 0;
      }
    }
    System.out.printf(
        "%d articles, %d texts x %d rounds after %d s of warm-up; %d%% of texts got a suggestion (sink %d)%n",
        index.size(), texts.size(), rounds, warmup, 100 * suggested / n, sink);
    report("FaqIndex.search (suggestion, top 3 over threshold)", suggest);
    report("  the same, CPU time of the thread (no waiting)", suggestCpu);
    report("FaqIndex.of (index built, 5 times)", builds);
  }

  static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%-55s p50 %8.1f us  p90 %8.1f us  p99 %8.1f us  max %9.1f us%n",
        what, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0);
  }

  static double at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
  }
}
