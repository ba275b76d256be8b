package fr.orthocab.support.api;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON request body field by field, collecting every invalid field so that one 400 lists
 * them all instead of failing on the first.
 */
public final class JsonInput {
  private final JsonObject json;
  private final List<Problem.FieldError> errors;
  private final String prefix;

  private JsonInput(JsonObject json) {
    this(json, new ArrayList<>(), "");
  }

  private JsonInput(JsonObject json, List<Problem.FieldError> errors, String prefix) {
    this.json = json;
    this.errors = errors;
    this.prefix = prefix;
  }

  /**
   * A nested object, read field by field into the same list of errors (named {@code parent.field});
   * an empty one when absent, reported if required.
   */
  public JsonInput object(String field, boolean required) {
    JsonValue value = json.get(field);
    if (value instanceof JsonObject nested) {
      return new JsonInput(nested, errors, prefix + field + ".");
    }
    if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
      errors.add(new Problem.FieldError(prefix + field, "must be an object"));
    } else if (required) {
      errors.add(new Problem.FieldError(prefix + field, "is required"));
    }
    return new JsonInput(JsonValue.EMPTY_JSON_OBJECT, new ArrayList<>(), prefix + field + ".");
  }

  /** A calendar date, ISO-8601 ({@code 2026-11-26}). */
  public LocalDate date(String field, boolean required) {
    String text = text(field, required, 10);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(prefix + field, "must be a date such as 2026-11-26"));
      return null;
    }
  }

  public static JsonInput of(JsonObject json) {
    return new JsonInput(json);
  }

  /** A whole number given as text (a query parameter), within bounds; the default when absent. */
  public int number(String field, String given, int absent, int min, int max) {
    if (given == null || given.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(given.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        new Problem.FieldError(
            prefix + field, "must be a whole number from " + min + " to " + max));
    return absent;
  }

  public static JsonInput read(InputStream body) {
    if (body == null) {
      throw new ProblemException(Problem.of(400, "Bad Request", "The body is empty."));
    }
    try (JsonReader reader = ApiJson.reader(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new ProblemException(
            Problem.of(400, "Bad Request", "The body must be a JSON object."));
      }
      return new JsonInput(value.asJsonObject());
    } catch (JsonException e) {
      if (e.getCause() instanceof ProblemException tooLarge) {
        throw tooLarge;
      }
      throw new ProblemException(Problem.of(400, "Bad Request", "The body is not valid JSON."));
    }
  }

  /** A text field: null when absent or blank and optional; an error when over the length. */
  public String text(String field, boolean required, int maxLength) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        errors.add(new Problem.FieldError(prefix + field, "is required"));
      }
      return null;
    }
    if (!(value instanceof JsonString string)) {
      errors.add(new Problem.FieldError(prefix + field, "must be a string"));
      return null;
    }
    String text = string.getString().strip();
    if (text.isEmpty()) {
      if (required) {
        errors.add(new Problem.FieldError(prefix + field, "must not be blank"));
      }
      return null;
    }
    if (text.length() > maxLength) {
      errors.add(
          new Problem.FieldError(prefix + field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return text;
  }

  public String email(String field, boolean required) {
    String email = text(field, required, 320);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add(new Problem.FieldError(prefix + field, "must be an email address"));
      return null;
    }
    return email;
  }

  public <E extends Enum<E>> E oneOf(String field, Class<E> type, boolean required) {
    String text = text(field, required, 40);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new Problem.FieldError(
              prefix + field, "must be one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  public OffsetDateTime instant(String field) {
    String text = text(field, false, 40);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(
          new Problem.FieldError(
              prefix + field, "must be ISO-8601 with an offset, e.g. 2026-11-26T09:30:00+01:00"));
      return null;
    }
  }

  public void reject(String field, String message) {
    errors.add(new Problem.FieldError(prefix + field, message));
  }

  /** Ends the call with a 400 listing every invalid field, if there is any. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.invalid(errors));
    }
  }
}
