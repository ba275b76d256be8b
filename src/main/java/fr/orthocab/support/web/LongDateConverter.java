package fr.orthocab.support.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows a day in full, as people write it: « jeudi 15 mai 2031 », "Thursday, May 15, 2031". */
@FacesConverter("longDate")
public class LongDateConverter implements Converter<LocalDate> {
  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("Display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : format(value, context.getViewRoot().getLocale());
  }

  public static String format(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
  }
}
