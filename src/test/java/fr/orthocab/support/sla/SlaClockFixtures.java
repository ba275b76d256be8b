package fr.orthocab.support.sla;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.sla.calendar.BusinessCalendar;
import fr.orthocab.support.sla.calendar.BusinessTime;
import fr.orthocab.support.sla.calendar.FrenchPublicHolidays;
import fr.orthocab.support.sla.calendar.OpeningHours;
import fr.orthocab.support.sla.calendar.SlaPolicy;
import java.time.Instant;

/** Clocks for plain tests of other packages, started as the SLA capability starts them. */
public final class SlaClockFixtures {
  private SlaClockFixtures() {}

  /** A clock under {@code policy}, started at {@code at} with the default calendar. */
  public static SlaClock started(Instant at, SlaPolicy policy) {
    ServiceLevel level =
        new ServiceLevel(
            null,
            policy,
            Account.forStaff("s@orthocab.fr", "S", "h", Role.SUPERVISOR),
            Instant.EPOCH);
    SlaClock clock = new SlaClock(1L, level);
    BusinessTime time =
        new BusinessTime(
            BusinessCalendar.joursOuvrables(new FrenchPublicHolidays()), OpeningHours.standard());
    clock.start(at, time.dueInstants(at, policy), at);
    return clock;
  }
}
