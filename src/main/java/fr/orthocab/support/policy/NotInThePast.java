package fr.orthocab.support.policy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A day that is today or later in Paris, whatever the server's zone (Bean Validation's own
 * {@code @FutureOrPresent} reads the JVM's zone).
 */
@Documented
@Constraint(validatedBy = NotInThePastValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface NotInThePast {
  String message() default "{fr.orthocab.support.NotInThePast.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
