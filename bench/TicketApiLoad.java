import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for bench/api-throughput.sh: C clients, each sending requests back to back for a while, to
 * the trivial insert endpoint and to POST /api/tickets, alternately, after a warm-up of both.
 * Prints requests per second and latency percentiles of each phase.
 * Usage: java bench/TicketApiLoad.java <baseUrl> <token> <clients> <warmupSeconds> <seconds> <rounds> <customers>
 */
public class TicketApiLoad {
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  static final AtomicLong SEQ = new AtomicLong();
  static long serverPid;

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int clients = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    int rounds = Integer.parseInt(args[5]);
    int customers = Integer.parseInt(args[6]);
    serverPid = args.length > 7 ? Long.parseLong(args[7]) : -1;
    System.out.printf("clients=%d warm-up=%ds per endpoint, then %d rounds of %ds per endpoint%n",
        clients, warmup, rounds, seconds);
    run("warm-up trivial", base, token, clients, warmup, customers, false);
    run("warm-up tickets", base, token, clients, warmup, customers, true);
    for (int r = 1; r <= rounds; r++) {
      run("round " + r + " trivial insert   ", base, token, clients, seconds, customers, false);
      run("round " + r + " POST /api/tickets", base, token, clients, seconds, customers, true);
    }
  }

  static void run(String label, String base, String token, int clients, int seconds, int customers,
      boolean tickets) throws Exception {
    long[] cpuBefore = cpu();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      results.add(pool.submit(() -> client(base, token, end, customers, tickets)));
    }
    List<Long> latencies = new ArrayList<>();
    long errors = 0;
    for (Future<long[]> f : results) {
      long[] r = f.get();
      errors += r[0];
      for (int i = 1; i < r.length; i++) latencies.add(r[i]);
    }
    pool.shutdown();
    long[] cpuAfter = cpu();
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%s: %6.1f req/s, p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms, %d requests, %d errors%n",
        label, sorted.length / (double) seconds, pct(sorted, 50), pct(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length, errors);
    if (sorted.length > 0 && serverPid > 0) {
      System.out.printf("    CPU per request: server %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms%n",
          (cpuAfter[0] - cpuBefore[0]) * 10.0 / sorted.length,
          (cpuAfter[1] - cpuBefore[1]) * 10.0 / sorted.length,
          (cpuAfter[2] - cpuBefore[2]) * 10.0 / sorted.length);
    }
  }

  /** CPU clock ticks (1/100 s) used so far by the server, by all PostgreSQL processes, by this JVM. */
  static long[] cpu() {
    long postgres = 0;
    java.io.File[] procs = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
    if (procs != null) {
      for (java.io.File p : procs) {
        try {
          String comm = java.nio.file.Files.readString(p.toPath().resolve("comm")).strip();
          if (comm.equals("postgres")) postgres += ticks(Long.parseLong(p.getName()));
        } catch (Exception gone) {
          // a process that ended between the listing and the read
        }
      }
    }
    return new long[] {ticks(serverPid), postgres, ticks(ProcessHandle.current().pid())};
  }

  static long ticks(long pid) {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (Exception e) {
      return 0;
    }
  }

  static long[] client(String base, String token, long end, int customers, boolean tickets) {
    List<Long> lat = new ArrayList<>();
    long errors = 0;
    while (System.nanoTime() < end) {
      long n = SEQ.incrementAndGet();
      String body = "{\"customerEmail\":\"bench-" + (n % customers) + "@bench.orthocab.fr\","
          + "\"subject\":\"Agenda bloqué " + n + "\",\"category\":\"BUG\","
          + "\"body\":\"Bonjour, depuis ce matin l'agenda ne s'affiche plus quand j'ouvre la semaine"
          + " prochaine. Pouvez-vous regarder ? Merci.\"}";
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + (tickets ? "/api/tickets" : "/api/bench/rows")))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + token)
          .timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) errors++;
      } catch (Exception e) {
        errors++;
      }
      lat.add(System.nanoTime() - start);
    }
    long[] out = new long[lat.size() + 1];
    out[0] = errors;
    for (int i = 0; i < lat.size(); i++) out[i + 1] = lat.get(i);
    return out;
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
