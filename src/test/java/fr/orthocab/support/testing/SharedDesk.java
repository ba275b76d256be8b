package fr.orthocab.support.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link DeskServer} of the test run: started on first use, kept in the root
 * store, stopped when the run ends. Payara Micro starts once for all black-box and browser tests.
 */
public class SharedDesk implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DeskServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(SharedDesk.class))
        .getOrComputeIfAbsent("desk", key -> new Running(), Running.class)
        .server;
  }

  /** Closed by JUnit when the root context closes, that is when the run ends. */
  static final class Running implements ExtensionContext.Store.CloseableResource {
    final DeskServer server = new DeskServer();

    Running() {
      server.start();
    }

    @Override
    public void close() {
      server.stop();
    }
  }
}
