package fr.orthocab.support.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.platform.Cadence.Job;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CadenceTest {
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(Cadence.class.getName());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  private static Cadence with(Map<String, String> settings) {
    return new Cadence(key -> Optional.ofNullable(settings.get(key)));
  }

  @Test
  void withoutSettingsEachJobKeepsTheProductionCadence() {
    Cadence cadence = with(Map.of());

    assertEquals(Duration.ofSeconds(30), cadence.every(Job.DATABASE_MIGRATION_RETRY));
    assertEquals(Duration.ofSeconds(20), cadence.every(Job.OUTBOX_SWEEP));
    assertEquals(Duration.ofSeconds(15), cadence.every(Job.MAIL_POLLING));
    assertEquals(Duration.ofMinutes(1), cadence.every(Job.SLA_SWEEP));
    assertEquals(Duration.ofMinutes(1), cadence.every(Job.SUBSCRIPTION_LAPSE_SWEEP));
    assertEquals(Duration.ofMinutes(1), cadence.every(Job.HOLD_EXPIRY_SWEEP));
    assertEquals(Duration.ofHours(1), cadence.every(Job.DELIVERY_BODY_SWEEP));
    assertTrue(logged.isEmpty(), "nothing to say: " + logged);
  }

  @Test
  void aSettingShortensItsOwnJobOnlyAndIsLogged() {
    Cadence cadence = with(Map.of("app.schedule.sla-sweep-seconds", " 2 "));

    assertEquals(Duration.ofSeconds(2), cadence.every(Job.SLA_SWEEP));
    assertEquals(Duration.ofMinutes(1), cadence.every(Job.HOLD_EXPIRY_SWEEP));
    assertEquals(1, logged.size(), "one line for the changed cadence: " + logged);
    assertEquals(Level.INFO, logged.get(0).getLevel());
    assertTrue(logged.get(0).getMessage().contains("APP_SCHEDULE_SLA_SWEEP_SECONDS"));
  }

  @Test
  void theProductionValueWrittenOutIsNotReportedAsAChange() {
    Cadence cadence = with(Map.of("app.schedule.delivery-body-sweep-seconds", "3600"));

    assertEquals(Duration.ofHours(1), cadence.every(Job.DELIVERY_BODY_SWEEP));
    assertTrue(logged.isEmpty(), logged.toString());
  }

  @Test
  void anInvalidValueKeepsTheProductionCadenceAndSaysWhichSetting() {
    for (String invalid : List.of("abc", "0", "-5", "1.5", "2s", "99999999999999999999")) {
      logged.clear();
      Cadence cadence = with(Map.of("app.schedule.outbox-sweep-seconds", invalid));

      assertEquals(Duration.ofSeconds(20), cadence.every(Job.OUTBOX_SWEEP), invalid);
      assertEquals(1, logged.size(), invalid + ": " + logged);
      assertEquals(Level.WARNING, logged.get(0).getLevel());
      String line = logged.get(0).getMessage();
      assertTrue(line.contains("APP_SCHEDULE_OUTBOX_SWEEP_SECONDS=\"" + invalid + "\""), line);
      assertTrue(line.contains("runs every 20 s"), line);
    }
  }

  @Test
  void aBlankValueIsNoSetting() {
    Cadence cadence = with(Map.of("app.schedule.mail-polling-seconds", "  "));

    assertEquals(Duration.ofSeconds(15), cadence.every(Job.MAIL_POLLING));
    assertTrue(logged.isEmpty(), logged.toString());
  }

  @Test
  void theTimerIsANonPersistentIntervalTimerWhoseFirstRunIsOneIntervalAway() {
    List<Object[]> created = new ArrayList<>();
    TimerService timers =
        (TimerService)
            Proxy.newProxyInstance(
                TimerService.class.getClassLoader(),
                new Class<?>[] {TimerService.class},
                (proxy, method, args) -> {
                  assertEquals("createIntervalTimer", method.getName());
                  assertEquals(long.class, method.getParameterTypes()[0]);
                  created.add(args);
                  return null;
                });

    with(Map.of("app.schedule.sla-sweep-seconds", "3")).start(timers, Job.SLA_SWEEP);

    assertEquals(1, created.size());
    assertEquals(3_000L, created.get(0)[0], "first run");
    assertEquals(3_000L, created.get(0)[1], "interval");
    TimerConfig config = (TimerConfig) created.get(0)[2];
    assertFalse(config.isPersistent(), "every node runs its own; the database claims the work");
  }

  @Test
  void eachSettingHasAKeyAndAnEnvironmentVariableAsMicroProfileConfigMapsThem() {
    assertEquals("app.schedule.sla-sweep-seconds", Job.SLA_SWEEP.key());
    assertEquals("APP_SCHEDULE_SLA_SWEEP_SECONDS", Job.SLA_SWEEP.variable());
    assertEquals(
        "APP_SCHEDULE_DATABASE_MIGRATION_RETRY_SECONDS", Job.DATABASE_MIGRATION_RETRY.variable());
  }

  @Test
  void everySettingIsDocumentedInTheReadmeWithItsDefault() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (Job job : Job.values()) {
      assertTrue(
          readme.contains("| `" + job.variable() + "` | `" + job.production().toSeconds() + "`"),
          job.variable() + " with its default in the README's settings table");
    }
  }
}
