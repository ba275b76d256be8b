package fr.orthocab.support.web;

import fr.orthocab.support.platform.ClockProducer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows an instant as a person reads it: Europe/Paris time, in the page's language. */
@FacesConverter("parisTime")
public class ParisTimeConverter implements Converter<Instant> {
  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("Display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    if (value == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(context.getViewRoot().getLocale())
        .withZone(ClockProducer.PARIS)
        .format(value);
  }
}
