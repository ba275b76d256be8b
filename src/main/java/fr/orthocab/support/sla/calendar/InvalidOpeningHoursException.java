package fr.orthocab.support.sla.calendar;

import java.util.List;

/**
 * Weekly opening hours a supervisor cannot save, with every mistake found, in French and English.
 */
public class InvalidOpeningHoursException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  InvalidOpeningHoursException(List<String> errors) {
    super("Horaires d'ouverture invalides / Invalid opening hours: " + String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  /** One line per mistake, French first, then English. */
  public List<String> errors() {
    return errors;
  }
}
