package fr.orthocab.support.sla.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  @Test
  void standardHoursAreMondayToFridayNineToSix() {
    var hours = OpeningHours.standard();

    assertEquals(List.of(OpeningInterval.of("09:00", "18:00")), hours.on(DayOfWeek.FRIDAY));
    assertEquals(List.of(), hours.on(DayOfWeek.SATURDAY));
    assertEquals(List.of(), hours.on(DayOfWeek.SUNDAY));
  }

  @Test
  void intervalsOfADayAreKeptEarliestFirst() {
    var hours =
        new OpeningHours(
            Map.of(
                DayOfWeek.MONDAY,
                List.of(
                    OpeningInterval.of("14:00", "18:00"), OpeningInterval.of("09:00", "12:00"))));

    assertEquals(
        List.of(OpeningInterval.of("09:00", "12:00"), OpeningInterval.of("14:00", "18:00")),
        hours.on(DayOfWeek.MONDAY));
  }

  @Test
  void touchingIntervalsAreAccepted() {
    var hours =
        new OpeningHours(
            Map.of(
                DayOfWeek.MONDAY,
                List.of(
                    OpeningInterval.of("09:00", "12:00"), OpeningInterval.of("12:00", "18:00"))));

    assertEquals(2, hours.on(DayOfWeek.MONDAY).size());
  }

  @Test
  void anIntervalCrossingMidnightIsRejectedInFrenchAndEnglish() {
    var error =
        assertThrows(
            InvalidOpeningHoursException.class,
            () ->
                new OpeningHours(
                    Map.of(DayOfWeek.FRIDAY, List.of(OpeningInterval.of("22:00", "02:00")))));

    assertEquals(
        List.of(
            "vendredi 22:00-02:00 : le début doit précéder la fin, le même jour"
                + " / Friday 22:00-02:00: start must be before end, on the same day"),
        error.errors());
  }

  @Test
  void anEmptyIntervalIsRejected() {
    assertThrows(
        InvalidOpeningHoursException.class,
        () ->
            new OpeningHours(
                Map.of(DayOfWeek.MONDAY, List.of(OpeningInterval.of("09:00", "09:00")))));
  }

  @Test
  void everyMistakeIsListedAtOnce() {
    var error =
        assertThrows(
            InvalidOpeningHoursException.class,
            () ->
                new OpeningHours(
                    Map.of(
                        DayOfWeek.MONDAY,
                        List.of(
                            OpeningInterval.of("09:00", "18:00"),
                            OpeningInterval.of("10:00", "11:00"),
                            OpeningInterval.of("17:00", "19:00")),
                        DayOfWeek.TUESDAY,
                        List.of(OpeningInterval.of("18:00", "09:00")))));

    assertEquals(3, error.errors().size(), error.getMessage());
    assertTrue(
        error
            .errors()
            .contains(
                "lundi : 09:00-18:00 chevauche 10:00-11:00 / Monday: 09:00-18:00 overlaps 10:00-11:00"));
    assertTrue(
        error.getMessage().startsWith("Horaires d'ouverture invalides / Invalid opening hours: "));
  }
}
