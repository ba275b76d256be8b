package fr.orthocab.support.platform;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * How often each periodic job runs: one setting a job ({@code app.schedule.<job>-seconds}, or
 * {@code APP_SCHEDULE_<JOB>_SECONDS}), read here and nowhere else, the production cadence by
 * default. The test desks shorten them so that tests wait seconds for a sweep, not minutes.
 *
 * <p>Each job's bean is a {@code @Startup} singleton that calls {@link #start} from its
 * {@code @PostConstruct} and does its work in its {@code @Timeout} method. An interval timer was
 * chosen over {@code @Schedule}, whose expression must be a constant, and over a second, faster
 * timer added on request, which would be two paths to keep right: here there is one timer a job and
 * one path, whatever the setting. The timers stay non-persistent and run on every node, as before
 * (Payara Micro does not coordinate timers across a cluster); the jobs claim their work in the
 * database, so nodes running together still act once. The first run comes one interval after
 * start-up rather than at a wall-clock boundary, which no job depends on.
 *
 * <p>A value that is not a whole number of seconds above zero is ignored with a warning naming the
 * setting: the job keeps its production cadence rather than the desk refusing to start.
 */
@ApplicationScoped
public class Cadence {
  private static final Logger LOG = Logger.getLogger(Cadence.class.getName());

  /** The periodic jobs, with the production cadence of each. */
  public enum Job {
    DATABASE_MIGRATION_RETRY("database-migration-retry", Duration.ofSeconds(30)),
    OUTBOX_SWEEP("outbox-sweep", Duration.ofSeconds(20)),
    MAIL_POLLING("mail-polling", Duration.ofSeconds(15)),
    SLA_SWEEP("sla-sweep", Duration.ofMinutes(1)),
    SUBSCRIPTION_LAPSE_SWEEP("subscription-lapse-sweep", Duration.ofMinutes(1)),
    HOLD_EXPIRY_SWEEP("hold-expiry-sweep", Duration.ofMinutes(1)),
    DELIVERY_BODY_SWEEP("delivery-body-sweep", Duration.ofHours(1)),
    LOGIN_THROTTLE_SWEEP("login-throttle-sweep", Duration.ofHours(1)),
    IDEMPOTENCY_KEY_SWEEP("idempotency-key-sweep", Duration.ofHours(1)),
    SEARCH_INDEX_SWEEP("search-index-sweep", Duration.ofMinutes(1)),
    PRESENCE_SWEEP("presence-sweep", Duration.ofMinutes(5)),
    AUTO_CLOSE_SWEEP("auto-close-sweep", Duration.ofMinutes(10)),
    RETENTION_SWEEP("retention-sweep", Duration.ofHours(1));

    private final String name;
    private final Duration production;

    Job(String name, Duration production) {
      this.name = name;
      this.production = production;
    }

    /** The MicroProfile Config key: {@code app.schedule.sla-sweep-seconds}. */
    public String key() {
      return "app.schedule." + name + "-seconds";
    }

    /** The environment variable that sets it: {@code APP_SCHEDULE_SLA_SWEEP_SECONDS}. */
    public String variable() {
      return key().replaceAll("[^a-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Duration production() {
      return production;
    }
  }

  private final Map<Job, Duration> intervals = new EnumMap<>(Job.class);

  Cadence() {
    // for the container's client proxy
  }

  @Inject
  Cadence(Config config) {
    this(key -> config.getOptionalValue(key, String.class));
  }

  Cadence(Function<String, Optional<String>> settings) {
    for (Job job : Job.values()) {
      intervals.put(job, interval(job, settings.apply(job.key())));
    }
  }

  private static Duration interval(Job job, Optional<String> setting) {
    if (setting.isEmpty() || setting.get().isBlank()) {
      return job.production();
    }
    String value = setting.get().strip();
    try {
      long seconds = Long.parseLong(value);
      if (seconds > 0) {
        Duration interval = Duration.ofSeconds(seconds);
        if (!interval.equals(job.production())) {
          LOG.info(() -> job.name + " runs every " + seconds + " s (" + job.variable() + ")");
        }
        return interval;
      }
    } catch (NumberFormatException e) {
      // said below, with the setting's name
    }
    LOG.warning(
        () ->
            job.variable()
                + "=\""
                + value
                + "\" is not a whole number of seconds above zero: ignored, "
                + job.name
                + " runs every "
                + job.production().toSeconds()
                + " s");
    return job.production();
  }

  public Duration every(Job job) {
    return intervals.get(job);
  }

  /**
   * Starts the job's non-persistent interval timer on the bean that owns {@code timers}: its
   * {@code @Timeout} method runs every {@link #every interval}, the first time one interval from
   * now. Called from that bean's {@code @PostConstruct}.
   */
  public void start(TimerService timers, Job job) {
    long millis = every(job).toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig(job.name, false));
  }
}
