package fr.orthocab.support.policy;

import static fr.orthocab.support.platform.ClockProducer.PARIS;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;

/** Checks {@link NotInThePast} against the desk's clock; a missing day is another constraint's. */
public class NotInThePastValidator implements ConstraintValidator<NotInThePast, LocalDate> {
  @Inject private Clock clock;

  public NotInThePastValidator() {}

  NotInThePastValidator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
    // Faces may build validators without CDI; the system clock is then the desk's clock anyway.
    return day == null || notInThePast(day, clock == null ? Clock.systemUTC() : clock);
  }

  /** Whether the day is today or later in Paris at the clock's instant. */
  static boolean notInThePast(LocalDate day, Clock clock) {
    return !day.isBefore(LocalDate.now(clock.withZone(PARIS)));
  }
}
