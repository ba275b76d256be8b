package fr.orthocab.support.admin.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.sla.calendar.InvalidOpeningHoursException;
import fr.orthocab.support.sla.calendar.OpeningHours;
import fr.orthocab.support.sla.calendar.OpeningInterval;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekFormTest {
  @ParameterizedTest
  @CsvSource({
    "09:00,09:00",
    "9:00,09:00",
    "9h,09:00",
    "9h30,09:30",
    "9 h 30,09:30",
    "23:59,23:59",
    "' 18:00 ',18:00",
    "00:00,00:00"
  })
  void readsTimesAsPeopleWriteThem(String typed, String expected) {
    assertEquals(Optional.of(LocalTime.parse(expected)), WeekForm.time(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "24:00", "9:60", "9", "9:", "9:5", "nine", "09:00:00", "-1:00"})
  void refusesWhatIsNoTimeOfDay(String typed) {
    assertEquals(Optional.empty(), WeekForm.time(typed));
  }

  @Test
  void startsFromTheHoursInForceAndReadsBackTheSameWeek() {
    WeekForm form = new WeekForm(OpeningHours.standard());
    assertEquals(7, form.days().size());
    assertEquals("09:00", form.days().get(0).getSlots().get(0).getStart());
    assertTrue(form.days().get(6).getSlots().isEmpty());
    assertTrue(form.unreadable().isEmpty());
    assertEquals(List.of(OpeningInterval.of("09:00", "18:00")), form.week().get(DayOfWeek.FRIDAY));
    assertEquals(List.of(), form.week().get(DayOfWeek.SATURDAY));
  }

  @Test
  void anAddedIntervalMustBeFilledBeforeSaving() {
    WeekForm form = new WeekForm(OpeningHours.standard());
    form.add(DayOfWeek.SATURDAY);
    WeekForm.Slot slot = form.days().get(5).getSlots().get(0);
    slot.setStart("10:00");
    assertEquals(List.of(new WeekForm.Unreadable(DayOfWeek.SATURDAY, "")), form.unreadable());
    slot.setEnd("25:00");
    assertEquals(List.of(new WeekForm.Unreadable(DayOfWeek.SATURDAY, "25:00")), form.unreadable());
    slot.setEnd("12h");
    assertTrue(form.unreadable().isEmpty());
    assertEquals(
        List.of(OpeningInterval.of("10:00", "12:00")), form.week().get(DayOfWeek.SATURDAY));
  }

  @Test
  void removesTheIntervalAtItsIndexAndIgnoresOneNoLongerThere() {
    WeekForm form = new WeekForm(OpeningHours.standard());
    form.add(DayOfWeek.MONDAY);
    form.remove(DayOfWeek.MONDAY, 0);
    assertEquals("", form.days().get(0).getSlots().get(0).getStart());
    form.remove(DayOfWeek.MONDAY, 3);
    assertEquals(1, form.days().get(0).getSlots().size());
  }

  @Test
  void showsEachMistakeOfTheWeekInThePagesLanguageOnly() {
    WeekForm form = new WeekForm(OpeningHours.standard());
    form.add(DayOfWeek.MONDAY);
    form.days().get(0).getSlots().get(1).setStart("22:00");
    form.days().get(0).getSlots().get(1).setEnd("02:00");
    form.add(DayOfWeek.TUESDAY);
    form.days().get(1).getSlots().get(1).setStart("12:00");
    form.days().get(1).getSlots().get(1).setEnd("14:00");
    InvalidOpeningHoursException e =
        assertThrows(InvalidOpeningHoursException.class, () -> new OpeningHours(form.week()));
    assertEquals(
        List.of(
            "lundi 22:00-02:00 : le début doit précéder la fin, le même jour",
            "mardi : 09:00-18:00 chevauche 12:00-14:00"),
        WeekForm.errors(e, false));
    assertEquals(
        List.of(
            "Monday 22:00-02:00: start must be before end, on the same day",
            "Tuesday: 09:00-18:00 overlaps 12:00-14:00"),
        WeekForm.errors(e, true));
  }
}
