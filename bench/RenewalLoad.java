import fr.orthocab.support.billing.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Load for bench/renewal-throughput.sh: C clients sending requests back to back, to the trivial
 * insert endpoint and to the signed renewal webhook, alternately, after a warm-up of each. Every
 * body is a renewal event and is signed here (WebhookSignature.sign, the desk's own code, from
 * target/classes) whatever the endpoint, so that both phases cost the load generator the same. A
 * tenth of the deliveries (DUP_PERCENT) repeat an event whose first delivery was already answered:
 * the same bytes, signed again with a fresh timestamp.
 *
 * <p>Phases: "trivial" posts the bodies to /api/bench/rows (201 expected); "renewals" sends events
 * of the existing customers (ids 1..customers, emails bench-<id>@bench.orthocab.fr, even ids on
 * TELESOIN, odd ones on GRATUIT, covered until the setup's period end): the k-th sweep over the
 * customers renews the period of year k+1 after it, so every distinct event adds one subscription;
 * "new customers" sends events for emails nobody has (the desk creates the customer, invites them
 * through the outbox, and adds the subscription). 200 expected for every webhook call.
 *
 * <p>Usage: java -cp target/classes bench/RenewalLoad.java <baseUrl> <clients> <warmupSeconds>
 * <seconds> <rounds> <customers> <setupPeriodEnd yyyy-mm-dd> <serverPid> <database>; the secret in
 * the environment variable BENCH_WEBHOOK_SECRET.
 */
public class RenewalLoad {
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  static final int DUP_PERCENT = Integer.getInteger("dupPercent", 10);
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  static String base;
  static String secret;
  static int customers;
  static LocalDate setupEnd;
  static long serverPid;
  static String database;
  /** PostgreSQL's counters at the end of the last measured phase, once they were all reported. */
  static Map<String, Long> lastStats;

  /** Distinct events of known customers / of new customers: numbered from 0, never reused. */
  static final AtomicLong KNOWN = new AtomicLong();
  static final AtomicLong CREATED = new AtomicLong();
  /** The trivial phase's bodies: events of known customers that the webhook never sees. */
  static final AtomicLong TRIVIAL_SEQ = new AtomicLong();
  /** Per phase kind, the last events whose first delivery was answered: the pool of duplicates. */
  static final int RECENT = 8192;
  static final Map<Kind, AtomicReferenceArray<byte[]>> RECENT_BODIES = new java.util.EnumMap<>(Kind.class);
  static final Map<Kind, AtomicLong> ANSWERED = new java.util.EnumMap<>(Kind.class);

  static {
    for (Kind kind : Kind.values()) {
      RECENT_BODIES.put(kind, new AtomicReferenceArray<>(RECENT));
      ANSWERED.put(kind, new AtomicLong());
    }
  }

  /** Totals of the webhook phases, for the database checks. */
  static final AtomicLong WEBHOOK_CALLS = new AtomicLong();
  static final AtomicLong WEBHOOK_OK = new AtomicLong();
  static final AtomicLong WEBHOOK_DISTINCT_KNOWN = new AtomicLong();
  static final AtomicLong WEBHOOK_DISTINCT_NEW = new AtomicLong();
  static final AtomicLong WEBHOOK_DUPLICATES = new AtomicLong();

  enum Kind {
    TRIVIAL("trivial insert          ", "/api/bench/rows", 201),
    RENEWALS("renewals, known customer", "/api/billing/renewals", 200),
    NEW_CUSTOMERS("renewals, new customer  ", "/api/billing/renewals", 200);

    final String label;
    final String path;
    final int expected;

    Kind(String label, String path, int expected) {
      this.label = label;
      this.path = path;
      this.expected = expected;
    }
  }

  public static void main(String[] args) throws Exception {
    base = args[0];
    int clients = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    customers = Integer.parseInt(args[5]);
    setupEnd = LocalDate.parse(args[6]);
    serverPid = Long.parseLong(args[7]);
    database = args[8];
    secret = System.getenv("BENCH_WEBHOOK_SECRET");
    System.out.printf(
        "clients=%d warm-up=%ds per endpoint (%ds for new customers), then %d rounds of %ds per"
            + " endpoint; %d%% of deliveries are duplicates; %d customers%n",
        clients, warmup, Math.max(1, warmup / 4), rounds, seconds, DUP_PERCENT, customers);
    run("warm-up", Kind.TRIVIAL, clients, warmup);
    run("warm-up", Kind.RENEWALS, clients, warmup);
    run("warm-up", Kind.NEW_CUSTOMERS, clients, Math.max(1, warmup / 4));
    for (int r = 1; r <= rounds; r++) {
      run("round " + r, Kind.TRIVIAL, clients, seconds);
      run("round " + r, Kind.RENEWALS, clients, seconds);
      run("round " + r, Kind.NEW_CUSTOMERS, clients, seconds);
    }
    System.out.printf(
        "TOTALS webhook_calls=%d webhook_200=%d distinct_known=%d distinct_new=%d duplicates=%d%n",
        WEBHOOK_CALLS.get(),
        WEBHOOK_OK.get(),
        WEBHOOK_DISTINCT_KNOWN.get(),
        WEBHOOK_DISTINCT_NEW.get(),
        WEBHOOK_DUPLICATES.get());
  }

  /** One delivery: its body, and whether it repeats an event already answered. */
  record Delivery(byte[] body, boolean duplicate, boolean newCustomer) {}

  static Delivery next(Kind kind) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long answered = ANSWERED.get(kind).get();
    if (answered > 0 && random.nextInt(100) < DUP_PERCENT) {
      // one of the last RECENT events answered: billing retries soon after a delivery
      long pick = answered - 1 - random.nextLong(Math.min(answered, RECENT));
      byte[] body = RECENT_BODIES.get(kind).get((int) (pick % RECENT));
      if (body != null) {
        return new Delivery(body, true, false);
      }
    }
    if (kind == Kind.NEW_CUSTOMERS) {
      long m = CREATED.getAndIncrement();
      LocalDate start = LocalDate.now();
      return new Delivery(
          event("evt-" + RUN + "-new-" + m, "new-" + RUN + "-" + m + "@bench.orthocab.fr",
              "Nouveau" + m, m % 5 == 0 ? "en" : "fr", "TELESOIN", start, start.plusYears(1).minusDays(1)),
          false, true);
    }
    long n = (kind == Kind.TRIVIAL ? TRIVIAL_SEQ : KNOWN).getAndIncrement();
    String prefix = kind == Kind.TRIVIAL ? "evt-" + RUN + "-trivial-" : "evt-" + RUN + "-";
    long id = 1 + n % customers;
    long year = n / customers;
    LocalDate start = setupEnd.plusDays(1).plusYears(year);
    return new Delivery(
        event(prefix + n, "bench-" + id + "@bench.orthocab.fr", "Client" + id, "fr",
            id % 2 == 0 ? "TELESOIN" : "GRATUIT", start, start.plusYears(1).minusDays(1)),
        false, false);
  }

  static byte[] event(String eventId, String email, String surname, String language, String pack,
      LocalDate start, LocalDate end) {
    return ("{\"eventId\":\"" + eventId + "\",\"occurredAt\":\"" + java.time.OffsetDateTime.now()
            + "\",\"customer\":{\"email\":\"" + email + "\",\"surname\":\"" + surname
            + "\",\"firstName\":\"Bench\",\"language\":\"" + language + "\"},"
            + "\"subscription\":{\"pack\":\"" + pack + "\",\"periodStart\":\"" + start
            + "\",\"periodEnd\":\"" + end + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static void run(String round, Kind kind, int clients, int seconds) throws Exception {
    boolean counters = !round.startsWith("warm-up");
    if (counters && lastStats == null) {
      // an idle backend reports its counters within 10 s: the warm-up's are all in after that
      Thread.sleep(11_000);
      lastStats = pgStats();
    }
    Map<String, Long> statsBefore = counters ? lastStats : Map.of();
    long[] cpuBefore = cpu();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Future<Result>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> client(kind, end)));
    }
    Result total = new Result();
    for (Future<Result> f : futures) {
      total.add(f.get());
    }
    pool.shutdown();
    long[] cpuAfter = cpu();
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    long[] sorted = total.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    int n = sorted.length;
    System.out.printf(
        "%-7s %s: %6.1f req/s, p50 %5.1f ms, p99 %5.1f ms, max %6.1f ms, %d requests (%d distinct"
            + " events, %d duplicates), %d errors%s, load %s%n",
        round, kind.label, n / (double) seconds, pct(sorted, 50), pct(sorted, 99),
        n == 0 ? 0 : sorted[n - 1] / 1e6, n, n - total.duplicates, total.duplicates,
        total.errors, total.errors == 0 ? "" : " " + total.statuses, load);
    if (n > 0 && serverPid > 0) {
      System.out.printf(
          "        CPU per request: server %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms%n",
          (cpuAfter[0] - cpuBefore[0]) * 10.0 / n,
          (cpuAfter[1] - cpuBefore[1]) * 10.0 / n,
          (cpuAfter[2] - cpuBefore[2]) * 10.0 / n);
    }
    if (kind != Kind.TRIVIAL) {
      WEBHOOK_CALLS.addAndGet(n);
      WEBHOOK_OK.addAndGet(total.ok);
      WEBHOOK_DUPLICATES.addAndGet(total.duplicates);
      (kind == Kind.RENEWALS ? WEBHOOK_DISTINCT_KNOWN : WEBHOOK_DISTINCT_NEW)
          .addAndGet(n - total.duplicates);
    }
    if (!counters) {
      return;
    }
    // PostgreSQL's counters per request (an idle backend reports them within 10 s)
    Thread.sleep(11_000);
    Map<String, Long> statsAfter = pgStats();
    lastStats = statsAfter;
    if (n > 0 && !statsAfter.isEmpty()) {
      StringBuilder line = new StringBuilder("        PostgreSQL per request:");
      statsAfter.forEach(
          (key, after) -> {
            double d = (after - statsBefore.getOrDefault(key, 0L)) / (double) n;
            if (d >= 0.005) {
              line.append(String.format(" %s %.2f", key, d));
            }
          });
      System.out.println(line);
    }
  }

  static final class Result {
    final List<Long> latencies = new ArrayList<>();
    final Map<String, Long> statuses = new TreeMap<>();
    long errors;
    long ok;
    long duplicates;

    void add(Result other) {
      latencies.addAll(other.latencies);
      other.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
      errors += other.errors;
      ok += other.ok;
      duplicates += other.duplicates;
    }
  }

  static Result client(Kind kind, long end) {
    Result result = new Result();
    while (System.nanoTime() < end) {
      Delivery delivery = next(kind);
      String signature =
          WebhookSignature.sign(secret, System.currentTimeMillis() / 1000, delivery.body());
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + kind.path))
              .header("Content-Type", "application/json")
              .header(WebhookSignature.HEADER, signature)
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
              .build();
      long start = System.nanoTime();
      String status;
      try {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        status = Integer.toString(response.statusCode());
      } catch (Exception e) {
        status = e.getClass().getSimpleName();
      }
      result.latencies.add(System.nanoTime() - start);
      if (delivery.duplicate()) {
        result.duplicates++;
      }
      if (status.equals(Integer.toString(kind.expected))) {
        result.ok++;
        if (!delivery.duplicate()) {
          long slot = ANSWERED.get(kind).getAndIncrement();
          RECENT_BODIES.get(kind).set((int) (slot % RECENT), delivery.body());
        }
      } else {
        result.errors++;
        result.statuses.merge(status, 1L, Long::sum);
      }
    }
    return result;
  }

  /** Per-table counters of pg_stat_user_tables and the database's commits, summed by name. */
  static Map<String, Long> pgStats() {
    Map<String, Long> stats = new LinkedHashMap<>();
    try {
      Process psql =
          new ProcessBuilder(
                  "psql", "-h", "127.0.0.1", "-U", "postgres", "-qtA", "-F", " ", "-d", database,
                  "-c",
                  "select 'commits', xact_commit from pg_stat_database where datname ="
                      + " current_database() union all select relname || '.' || k, v from"
                      + " pg_stat_user_tables, lateral (values ('seq', seq_scan), ('idx',"
                      + " coalesce(idx_scan, 0)), ('ins', n_tup_ins), ('upd', n_tup_upd)) x(k, v)"
                      + " where relname <> 'databasechangeloglock' order by 1")
              .redirectErrorStream(true)
              .start();
      String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (psql.waitFor() != 0) {
        return stats;
      }
      for (String line : out.split("\n")) {
        String[] kv = line.strip().split(" ");
        if (kv.length == 2) {
          stats.put(kv[0], Long.parseLong(kv[1]));
        }
      }
    } catch (IOException | InterruptedException | NumberFormatException e) {
      stats.clear();
    }
    return stats;
  }

  /** CPU clock ticks (1/100 s) used so far by the server, by all PostgreSQL processes, by this JVM. */
  static long[] cpu() {
    long postgres = 0;
    java.io.File[] procs =
        new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
    if (procs != null) {
      for (java.io.File p : procs) {
        try {
          String comm = Files.readString(p.toPath().resolve("comm")).strip();
          if (comm.equals("postgres")) {
            postgres += ticks(Long.parseLong(p.getName()));
          }
        } catch (Exception gone) {
          // a process that ended between the listing and the read
        }
      }
    }
    return new long[] {ticks(serverPid), postgres, ticks(ProcessHandle.current().pid())};
  }

  static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (Exception e) {
      return 0;
    }
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
