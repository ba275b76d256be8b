package fr.orthocab.support.api;

import fr.orthocab.support.customer.EmailAddress;
import fr.orthocab.support.platform.ShownText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
  /**
   * The dates the desk takes: its records start long after the first, subscriptions end long before
   * the last. Outside them, a year such as -999999999 parsed but broke the database (a 500).
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

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
      LocalDate date = LocalDate.parse(text);
      if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
        errors.add(
            new Problem.FieldError(
                prefix + field, "must be from " + EARLIEST_DATE + " to " + LATEST_DATE));
        return null;
      }
      return date;
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

  /**
   * The body as one JSON object within {@link BoundedJson}'s limits.
   *
   * @throws ProblemException 400 for anything else
   */
  public static JsonInput read(InputStream body) {
    if (body == null) {
      throw new ProblemException(Problem.of(400, "Bad Request", "The body is empty."));
    }
    return new JsonInput(BoundedJson.object(body));
  }

  /**
   * A one-line text shown to people (a subject, a name): null when absent or blank and optional; an
   * error when over the length or holding characters that would hide or disguise it ({@link
   * ShownText}).
   */
  public String text(String field, boolean required, int maxLength) {
    return text(field, required, maxLength, false);
  }

  /** A text of several lines (a message body): as {@link #text}, tabs and line breaks allowed. */
  public String paragraphs(String field, boolean required, int maxLength) {
    return text(field, required, maxLength, true);
  }

  private String text(String field, boolean required, int maxLength, boolean multiline) {
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
    String fault = ShownText.faultIn(text, multiline);
    if (fault != null) {
      errors.add(new Problem.FieldError(prefix + field, fault));
      return null;
    }
    return text;
  }

  public String email(String field, boolean required) {
    String email = text(field, required, EmailAddress.MAX_LENGTH);
    if (email != null && !EmailAddress.isValid(email)) {
      errors.add(new Problem.FieldError(prefix + field, "must be an email address"));
      return null;
    }
    return email;
  }

  /**
   * Whether the body names that field, null included: for a field whose null means something
   * ("nobody"), which an absent field must not be taken for.
   */
  /** Whether the field is there, null or not. */
  public boolean has(String field) {
    return json.containsKey(field);
  }

  public boolean names(String field, String absentMessage) {
    if (!json.containsKey(field)) {
      errors.add(new Problem.FieldError(prefix + field, absentMessage));
      return false;
    }
    return true;
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

  /** A JSON {@code true} or {@code false}; null when absent. */
  /**
   * An array of objects, each read field by field into the same list of errors (named {@code
   * parent[i].field}); between one and {@code max} of them, or the array is reported.
   */
  public List<JsonInput> objects(String field, int max) {
    JsonValue value = json.get(field);
    if (!(value instanceof JsonArray array)) {
      errors.add(new Problem.FieldError(prefix + field, "is required: an array of objects"));
      return List.of();
    }
    if (array.isEmpty() || array.size() > max) {
      errors.add(
          new Problem.FieldError(prefix + field, "must hold between 1 and " + max + " objects"));
      return List.of();
    }
    List<JsonInput> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonObject item) {
        items.add(new JsonInput(item, errors, prefix + field + "[" + i + "]."));
      } else {
        errors.add(new Problem.FieldError(prefix + field + "[" + i + "]", "must be an object"));
      }
    }
    return items;
  }

  /** A whole number from 0 up, required. */
  public long count(String field) {
    JsonValue value = json.get(field);
    if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0) {
      return number.longValue();
    }
    errors.add(new Problem.FieldError(prefix + field, "is required: a whole number from 0 up"));
    return -1;
  }

  public Boolean bool(String field, boolean required) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        errors.add(new Problem.FieldError(prefix + field, "is required"));
      }
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.TRUE
        && value.getValueType() != JsonValue.ValueType.FALSE) {
      errors.add(new Problem.FieldError(prefix + field, "must be true or false"));
      return null;
    }
    return value.getValueType() == JsonValue.ValueType.TRUE;
  }

  public OffsetDateTime instant(String field) {
    return instant(field, false);
  }

  /** A moment, ISO-8601 with an offset ({@code 2026-11-26T09:30:00+01:00}). */
  public OffsetDateTime instant(String field, boolean required) {
    String text = text(field, required, 40);
    if (text == null) {
      return null;
    }
    try {
      OffsetDateTime instant = OffsetDateTime.parse(text);
      if (instant.toLocalDate().isBefore(EARLIEST_DATE)
          || instant.toLocalDate().isAfter(LATEST_DATE)) {
        errors.add(
            new Problem.FieldError(
                prefix + field, "must be from " + EARLIEST_DATE + " to " + LATEST_DATE));
        return null;
      }
      return instant;
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
