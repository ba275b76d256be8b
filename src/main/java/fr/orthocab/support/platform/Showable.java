package fr.orthocab.support.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text typed in a form that people will read as it was typed: none of what {@link ShownText}
 * refuses. A form, like the API, can ask the writer to fix it; the entities would otherwise remove
 * those characters silently.
 */
@Documented
@Constraint(validatedBy = Showable.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Showable {
  /** Whether tabs and line breaks belong in the text (a message, not a subject). */
  boolean multiline() default false;

  String message() default "{fr.orthocab.support.Showable.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A missing text is another constraint's business. */
  class Check implements ConstraintValidator<Showable, String> {
    private boolean multiline;

    @Override
    public void initialize(Showable constraint) {
      multiline = constraint.multiline();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || ShownText.faultIn(text, multiline) == null;
    }
  }
}
