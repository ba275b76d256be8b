package fr.orthocab.support.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link DeskServer} of the test run, and its {@link SharedMail}: started on
 * first use, kept in the root store, stopped when the run ends. Payara Micro starts once for all
 * black-box and browser tests, the mail tests included: the mail servers start first, and the desk
 * sends through them and polls their mailbox.
 */
public class SharedDesk implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DeskServer.class || type == SharedMail.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.create(SharedDesk.class))
            .getOrComputeIfAbsent("desk", key -> new Running(), Running.class);
    return parameter.getParameter().getType() == SharedMail.class ? running.mail : running.server;
  }

  /** Closed by JUnit when the root context closes, that is when the run ends. */
  static final class Running implements ExtensionContext.Store.CloseableResource {
    final SharedMail mail = new SharedMail();
    final DeskServer server;

    Running() {
      mail.start();
      server = new DeskServer(mail.deskSettings(), "desk-server.log");
      try {
        server.start();
      } catch (RuntimeException e) {
        mail.stop();
        throw e;
      }
    }

    @Override
    public void close() {
      server.stop();
      mail.stop();
    }
  }
}
