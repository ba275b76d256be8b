import java.net.CookieManager;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for bench/presence-load.sh: S agents' sessions (logged in through the login page with the
 * demo logins, in turn), each with a request's page open, saying where they are every P seconds as
 * the page does (POST /admin/tickets/presence), for a while after a warm-up. Prints the latency
 * percentiles and the requests per second; any answer but 200 is counted.
 * The requests are the demo's, found through the ticket API, a session on each in turn.
 * Usage: java bench/PresenceLoad.java <baseUrl> <token> <sessions> <periodSeconds> <warmupSeconds>
 * <seconds>
 */
public class PresenceLoad {
  static final String[] LOGINS = {
    "lucie.moreau@orthocab.fr", "thomas.roux@orthocab.fr", "nadia.lefevre@orthocab.fr"
  };
  static final List<Integer> TICKETS = new ArrayList<>();
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int sessions = Integer.parseInt(args[2]);
    long period = Long.parseLong(args[3]) * 1000;
    int warmup = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);
    String listed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/tickets?size=100"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher reference = Pattern.compile("\"reference\":\"OC-(\\d+)\"").matcher(listed);
    while (reference.find()) {
      TICKETS.add(Integer.parseInt(reference.group(1)));
    }
    if (TICKETS.isEmpty()) {
      throw new IllegalStateException("no request found: " + listed);
    }
    List<HttpClient> agents = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      agents.add(login(base, LOGINS[i % LOGINS.length]));
    }
    System.out.printf(
        "sessions=%d on %d requests, one presence call each every %d s; warm-up %d s, then %d s%n",
        sessions, TICKETS.size(), period / 1000, warmup, seconds);
    run("warm-up ", base, agents, period, warmup);
    run("presence", base, agents, period, seconds);
  }

  static HttpClient login(String base, String email) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String form =
        "login=login&login%3Aemail="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&login%3Apassword=orthocab-demo&login%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> in =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (in.body().contains("login:password")) {
      throw new IllegalStateException("login refused for " + email);
    }
    return http;
  }

  static void run(String phase, String base, List<HttpClient> agents, long period, int seconds)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    List<Integer> errors = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(agents.size());
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      HttpClient http = agents.get(i);
      int ticket = TICKETS.get(i % TICKETS.size());
      long offset = period * i / agents.size();
      running.add(
          pool.submit(
              () -> {
                Thread.sleep(offset);
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  HttpResponse<String> answer =
                      http.send(
                          HttpRequest.newBuilder(URI.create(base + "/admin/tickets/presence"))
                              .header("Content-Type", "application/x-www-form-urlencoded")
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "ticket=" + ticket + "&typing=" + (ticket % 2)))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  long took = System.nanoTime() - start;
                  times.add(took);
                  if (answer.statusCode() != 200) {
                    errors.add(answer.statusCode());
                  }
                  Thread.sleep(Math.max(0, period - took / 1_000_000));
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf(
        "%s calls=%d (%.1f/s) p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms errors=%d %s%n",
        phase,
        sorted.size(),
        sorted.size() / (double) seconds,
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        ms(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
        errors.size(),
        errors.isEmpty() ? "" : errors.subList(0, Math.min(5, errors.size())).toString());
  }

  static double ms(List<Long> sorted, double at) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * at)) / 1e6;
  }
}
