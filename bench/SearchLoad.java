import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Load for bench/search-load.sh: C agents, each searching back to back (GET /api/tickets?q=, first
 * page of 20, best match first) for a while, after a warm-up; then the queue's first page (GET
 * /api/tickets?status=OPEN). Queries as agents type them: two support words (40 %), a support word
 * and a rare code (40 %), one support word (20 %), the words drawn with the data's skew. Prints the
 * latency percentiles and the requests per second of each phase; any answer but 200 is counted.
 * Each agent waits a think time between two requests (exponential, mean given; 0: back to back, which
 * measures the throughput the desk can give, not what agents see).
 * Usage: java bench/SearchLoad.java <baseUrl> <token> <agents> <warmupSeconds> <seconds> <words,...> [thinkMillis=0]
 */
public class SearchLoad {
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int agents = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    String[] words = args[5].split(",");
    THINK_MILLIS = args.length > 6 ? Long.parseLong(args[6]) : 0;
    System.out.printf("agents=%d warm-up=%ds, then %ds a phase, think time %d ms (mean)%n",
        agents, warmup, seconds, THINK_MILLIS);
    run("warm-up search", base, token, agents, warmup, () -> search(words));
    run("search          ", base, token, agents, seconds, () -> search(words));
    run("queue first page", base, token, agents, seconds, () -> "status=OPEN&size=20");
  }

  static long THINK_MILLIS;

  static void think() throws InterruptedException {
    if (THINK_MILLIS > 0) {
      Thread.sleep((long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * THINK_MILLIS));
    }
  }

  interface Query {
    String next();
  }

  static String search(String[] words) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    double kind = random.nextDouble();
    String first = common(words, random);
    String q =
        kind < 0.4 ? first + " " + common(words, random)
            : kind < 0.8 ? first + " r" + random.nextInt(50000)
            : first;
    return "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=20";
  }

  static String common(String[] words, ThreadLocalRandom random) {
    return words[(int) Math.floor(Math.pow(random.nextDouble(), 3) * words.length)];
  }

  static void run(String phase, String base, String token, int agents, int seconds, Query query)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(agents);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> results = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      results.add(pool.submit(() -> {
        List<Long> mine = new ArrayList<>();
        long failures = 0;
        while (System.nanoTime() < end) {
          think();
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tickets?" + query.next()))
              .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
          long start = System.nanoTime();
          HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
          mine.add(System.nanoTime() - start);
          if (response.statusCode() != 200) {
            failures++;
          }
        }
        long[] out = new long[mine.size() + 1];
        out[0] = failures;
        for (int i = 0; i < mine.size(); i++) {
          out[i + 1] = mine.get(i);
        }
        return out;
      }));
    }
    List<Long> all = new ArrayList<>();
    long failures = 0;
    for (Future<long[]> f : results) {
      long[] r = f.get();
      failures += r[0];
      for (int i = 1; i < r.length; i++) {
        all.add(r[i]);
      }
    }
    pool.shutdown();
    Collections.sort(all);
    System.out.printf("%s: %d requests, %.1f/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, non-200 %d%n",
        phase, all.size(), all.size() / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
        all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6, failures);
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }
}
