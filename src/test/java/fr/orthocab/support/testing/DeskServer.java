package fr.orthocab.support.testing;

import fr.orthocab.support.platform.Cadence;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR on a real Payara Micro, started the way {@code ./run} starts it, in demo mode, for
 * the black-box and browser tests. One instance serves the whole test run (see {@link SharedDesk}),
 * wired to mail servers in the tests' JVM ({@link SharedMail}) rather than the demo's embedded one.
 * Its database is the one APP_DATASOURCE_URL names, or its own H2 file.
 */
public final class DeskServer {
  /** A shared, busy machine may need longer: {@code -Dit.desk.start-timeout-seconds=600}. */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("it.desk.start-timeout-seconds", 240));

  private int port;
  private int logMark;
  private final Path log;
  private final Map<String, String> settings;
  private Process process;
  private Integer exitStatus;

  /**
   * A desk with settings that override the defaults (environment variables): the shared desk's mail
   * servers, or the odd configuration a test needs.
   */
  public DeskServer(Map<String, String> settings, String logName) {
    this.port = freePort();
    this.log = Path.of("target", logName);
    this.settings = Map.copyOf(settings);
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public void start() {
    startAndAwait(this::awaitReady);
  }

  /** Starts Payara Micro and waits only until its health endpoint answers, whatever it says. */
  public void startUnready() {
    startAndAwait(this::awaitHealthAnswer);
  }

  /**
   * Starts Payara Micro and waits until it ends by itself, as a desk that refuses to start does;
   * one still running after the start timeout is stopped and fails the test.
   */
  public void startAndAwaitExit() {
    logMark = wholeLog().length();
    launch();
    try {
      if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        stop();
        throw new IllegalStateException(
            "Payara Micro still ran after " + START_TIMEOUT + ":\n" + logTail());
      }
      exitStatus = process.exitValue();
      process = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How Payara Micro ended after {@link #startAndAwaitExit}. */
  public int exitStatus() {
    if (exitStatus == null) {
      throw new IllegalStateException("Payara Micro has not ended by itself");
    }
    return exitStatus;
  }

  /** Payara Micro goes on without HTTP when its port was taken meanwhile: then another port. */
  private void startAndAwait(Runnable await) {
    for (int attempt = 1; ; attempt++) {
      logMark = wholeLog().length();
      launch();
      try {
        await.run();
        return;
      } catch (IllegalStateException e) {
        // never left running unready: a failed start would hold its memory and CPU to the end
        stop();
        if (!portTaken() || attempt == 3) {
          throw e;
        }
        port = freePort();
      }
    }
  }

  private void launch() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the tests' JVM options (pom.xml, test.jvmOptions): a test desk lives minutes, not months
    for (String option : System.getProperty("it.desk.jvmOptions", "").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar", "target/payara-micro.jar"),
            "--deploy",
            System.getProperty("it.war", "target/support-desk.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--prebootcommandfile",
            "server-config/pre-boot-commands.asadmin",
            "--postbootcommandfile",
            "server-config/post-boot-commands.asadmin"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("APP_DEMO", "true");
    env.put("APP_BASE_URL", url(""));
    // a lockout test must not keep a demo account locked for the tests that follow
    env.put("APP_LOGIN_LOCK_SECONDS", "3");
    // every test connects from loopback: the failures of all of them must not lock that address
    // (the per-address rule is tested in the container); tests choose their client address with
    // X-Forwarded-For, believed from loopback only
    env.put("APP_LOGIN_ADDRESS_MAX_FAILURES", "100000");
    env.put("APP_HTTP_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
    // the production count (600,000) costs 1.6 s a hash on a test JVM's first JIT tier
    env.put("APP_PASSWORD_HASH_ITERATIONS", "2048");
    // tests wait seconds for a sweep or a poll, never the production minute
    for (Cadence.Job job : Cadence.Job.values()) {
      env.put(job.variable(), "2");
    }
    env.put("SUPPORT_API_BOOTSTRAP_TOKEN", Demo.API_TOKEN);
    env.put("BILLING_WEBHOOK_SECRETS", Demo.BILLING_SECRET);
    if (!env.containsKey("APP_DATASOURCE_URL")) {
      String dir = System.getProperty("it.data.dir", "target/it-data");
      // AUTO_SERVER: a test may open the same file to move the desk's time (DeskDatabase)
      env.put(
          "APP_DATASOURCE_URL",
          "jdbc:h2:file:" + new File(dir, "desk").getAbsolutePath() + DeskDatabase.H2_SHARING);
    }
    env.putAll(settings);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Payara Micro", e);
    }
  }

  /** Stops Payara Micro as Ctrl-C would, and starts it again on the same database. */
  public void restart() {
    stop();
    start();
  }

  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited during start-up:\n" + logTail());
      }
      if (portTaken()) {
        throw new IllegalStateException("Port " + port + " was taken");
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(url("/health/ready"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login =
            client.send(
                HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && login.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    throw new IllegalStateException(
        "The desk was not ready in " + START_TIMEOUT + ":\n" + logTail());
  }

  private void awaitHealthAnswer() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && process.isAlive() && !portTaken()) {
      try {
        int status =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(url("/health/ready"))).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200 || status == 503) {
          return; // MicroProfile Health has answered; earlier, Payara answers 404
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    throw new IllegalStateException("Payara Micro did not answer:\n" + logTail());
  }

  private boolean portTaken() {
    String text = wholeLog();
    return text.length() > logMark && text.substring(logMark).contains("GrizzlyProxy is NULL");
  }

  /**
   * What Payara Micro printed since it was last started: the log file keeps the earlier starts (a
   * restart, another configuration of the same desk, an earlier run).
   */
  public String log() {
    String text = wholeLog();
    return text.substring(Math.min(logMark, text.length()));
  }

  private String wholeLog() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * A port free now, below Linux's ephemeral range (32768 and up), so that the outgoing connections
   * of the other processes of the run cannot take it between this check and Payara's bind.
   */
  static int freePort() {
    for (int attempt = 0; attempt < 100; attempt++) {
      int candidate = 20_000 + RANDOM.nextInt(12_000);
      try (ServerSocket socket = new ServerSocket(candidate)) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IllegalStateException("No free port found");
  }

  private static final java.util.Random RANDOM = new java.util.Random();
}
