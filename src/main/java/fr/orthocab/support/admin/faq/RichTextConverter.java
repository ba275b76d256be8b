package fr.orthocab.support.admin.faq;

import fr.orthocab.support.faq.RichText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * For p:textEditor, which writes its value into the page unescaped: what goes in and what comes
 * back is sanitised by the articles' own allow-list (PrimeFaces' sanitiser would be a second one,
 * and a second library). A body with no word to read is no body, so that "required" holds for an
 * editor left with only an empty paragraph.
 */
@FacesConverter("richText")
public class RichTextConverter implements Converter<String> {
  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    String clean = RichText.clean(value);
    return clean == null || RichText.plain(clean).isBlank() ? null : clean;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : RichText.clean(value);
  }
}
