package fr.orthocab.support.testing;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The desk configured unlike the shared one (no database, no webhook secret, demo data on a
 * production start), for the few tests about such a desk: one Payara Micro at a time, started by
 * each test with the settings it needs, on an empty database of its own for each test ({@link
 * OwnDatabase}: an H2 file, or a PostgreSQL database beside the run's when the run uses PostgreSQL)
 * unless the settings name one, and stopped after the test, so that it never runs beside the shared
 * desk longer than that test. One log for all its starts. A test class says
 * {@code @ExtendWith(OddDesk.Extension.class)} and takes an {@code OddDesk}.
 */
public final class OddDesk {
  private static final String LOG = "desk-oddly-configured.log";

  private DeskServer running;
  private OwnDatabase database;

  private OddDesk() {}

  /** Starts it with these settings and waits until it is ready. */
  public DeskServer start(Map<String, String> settings) {
    DeskServer desk = configured(settings);
    desk.start();
    return desk;
  }

  /** Starts it with these settings and waits only until its health endpoint answers. */
  public DeskServer startUnready(Map<String, String> settings) {
    DeskServer desk = configured(settings);
    desk.startUnready();
    return desk;
  }

  /** Starts it with these settings and waits until it ends by itself: a start the desk refuses. */
  public DeskServer startRefused(Map<String, String> settings) {
    DeskServer desk = configured(settings);
    desk.startAndAwaitExit();
    return desk;
  }

  /**
   * The database of the test's start, empty until the desk or the test fills it: a test may write
   * to it before {@link #start} (data left by an earlier version, say) and read it after.
   */
  public OwnDatabase database() {
    if (database == null) {
      database = OwnDatabase.empty("odd");
    }
    return database;
  }

  private DeskServer configured(Map<String, String> settings) {
    stop();
    Map<String, String> all = new HashMap<>();
    if (!settings.containsKey("APP_DATASOURCE_URL")) {
      all.put("APP_DATASOURCE_URL", database().url());
    }
    all.putAll(settings);
    running = new DeskServer(all, LOG);
    return running;
  }

  private void stop() {
    if (running != null) {
      running.stop();
      running = null;
    }
  }

  private void stopAndDropItsDatabase() {
    stop();
    if (database != null) {
      database.drop();
      database = null;
    }
  }

  /** The extension: gives a test the run's {@link OddDesk}, and stops the desk after the test. */
  public static final class Extension implements ParameterResolver, AfterEachCallback {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == OddDesk.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return oddDesk(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      oddDesk(context).stopAndDropItsDatabase();
    }

    private static OddDesk oddDesk(ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(OddDesk.class))
          .getOrComputeIfAbsent("desk", key -> new OddDesk(), OddDesk.class);
    }
  }
}
