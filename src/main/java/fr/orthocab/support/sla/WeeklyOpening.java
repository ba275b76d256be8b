package fr.orthocab.support.sla;

import fr.orthocab.support.sla.calendar.OpeningInterval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One stored interval of the desk's weekly opening hours, in Paris local time. */
@Entity
@Table(name = "sla_opening_interval")
public class WeeklyOpening implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "sla_opening_interval_seq",
      sequenceName = "sla_opening_interval_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_opening_interval_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false)
  private DayOfWeek dayOfWeek;

  @Column(name = "opens_at", nullable = false)
  private LocalTime opensAt;

  @Column(name = "closes_at", nullable = false)
  private LocalTime closesAt;

  protected WeeklyOpening() {}

  public WeeklyOpening(DayOfWeek dayOfWeek, OpeningInterval interval) {
    this.dayOfWeek = Objects.requireNonNull(dayOfWeek, "dayOfWeek");
    this.opensAt = interval.start();
    this.closesAt = interval.end();
  }

  public DayOfWeek getDayOfWeek() {
    return dayOfWeek;
  }

  public OpeningInterval interval() {
    return new OpeningInterval(opensAt, closesAt);
  }
}
