package fr.orthocab.support.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' p:messages, written so that assistive technologies read it right (WCAG 1.3.1, 4.1.2):
 * each message is a plain item of its list (PrimeFaces made each {@code <li>} an alert, which a
 * list may not hold: axe's "list" rule failed on every page showing a message), the box around them
 * staying the polite live region that announces them; and the close link has a name.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
      throws IOException {
    super.encodeMessage(new ItemsWithoutAlertRole(writer), uiMessages, msg, severity, escape);
  }

  @Override
  protected void encodeCloseIcon(FacesContext context, Messages uiMessages) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    String name =
        context
            .getApplication()
            .evaluateExpressionGet(context, "#{msg['messages.close']}", String.class);
    context.setResponseWriter(new NamedCloseLink(writer, name));
    try {
      super.encodeCloseIcon(context, uiMessages);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  /** Leaves out {@code role="alert"} on the list's items: the live region is their box. */
  private static final class ItemsWithoutAlertRole extends ResponseWriterWrapper {
    ItemsWithoutAlertRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!("role".equals(name) && "alert".equals(value))) {
        super.writeAttribute(name, value, property);
      }
    }
  }

  /** Names the close link (its only content is an icon) and hides the icon from readers. */
  private static final class NamedCloseLink extends ResponseWriterWrapper {
    private final String name;

    NamedCloseLink(ResponseWriter wrapped, String name) {
      super(wrapped);
      this.name = name;
    }

    @Override
    public void startElement(String element, UIComponent component) throws IOException {
      super.startElement(element, component);
      if ("a".equals(element)) {
        super.writeAttribute("role", "button", null);
        super.writeAttribute("aria-label", name, null);
        super.writeAttribute("title", name, null);
      } else if ("span".equals(element)) {
        super.writeAttribute("aria-hidden", "true", null);
      }
    }
  }
}
