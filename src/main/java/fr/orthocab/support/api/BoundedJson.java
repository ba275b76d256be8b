package fr.orthocab.support.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a request body as one JSON object within limits that hold whatever JSON-P implementation
 * the server ships: nesting, number and string sizes, no duplicate keys and nothing after the
 * object. Its tree reader recursed 10,000 levels into a stack overflow, built a 100,000-digit
 * number, and stopped at the end of the first value whatever followed (a 500, or trailing content
 * accepted); this one reads the parser's events, refuses as soon as a limit is passed, and asks the
 * parser for the end of the input.
 */
final class BoundedJson {
  /** Far above the deepest body the desk takes (two levels), far below any stack's depth. */
  static final int MAX_DEPTH = 32;

  /** No field of the desk is a number; 40 characters hold any long or double written out. */
  static final int MAX_NUMBER = 40;

  /** The longest text field is a message body (20,000 characters); each field has its own limit. */
  static final int MAX_STRING = 100_000;

  static final int MAX_KEY = 100;

  private static final String TRAILING = "The body must hold one JSON object and nothing after it.";

  private JsonParser parser;
  private boolean complete;

  private BoundedJson() {}

  /**
   * @throws ProblemException 400 for anything but one JSON object within the limits
   */
  static JsonObject object(InputStream body) {
    BoundedJson json = new BoundedJson();
    try (JsonParser parser = ApiJson.parser(body)) {
      return json.whole(parser);
    } catch (JsonException e) {
      if (e.getCause() instanceof ProblemException tooLarge) {
        throw tooLarge;
      }
      throw refused(json.complete ? TRAILING : "The body is not valid JSON.");
    }
  }

  private JsonObject whole(JsonParser parser) {
    this.parser = parser;
    if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
      throw refused("The body must be a JSON object.");
    }
    JsonObject object = object(1);
    complete = true;
    // the parser checks what follows the object only when asked for a next event
    if (parser.hasNext()) {
      throw refused(TRAILING);
    }
    return object;
  }

  private JsonObject object(int depth) {
    JsonObjectBuilder object = ApiJson.object();
    Set<String> keys = new HashSet<>();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_OBJECT;
        event = parser.next()) {
      String key = parser.getString();
      if (key.length() > MAX_KEY) {
        throw refused("A key of the body is longer than " + MAX_KEY + " characters.");
      }
      if (!keys.add(key)) {
        throw refused("The body names \"" + key + "\" twice.");
      }
      object.add(key, value(parser.next(), depth));
    }
    return object.build();
  }

  private JsonValue array(int depth) {
    JsonArrayBuilder array = ApiJson.array();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_ARRAY;
        event = parser.next()) {
      array.add(value(event, depth));
    }
    return array.build();
  }

  private JsonValue value(JsonParser.Event event, int depth) {
    return switch (event) {
      case START_OBJECT -> object(deeper(depth));
      case START_ARRAY -> array(deeper(depth));
      case VALUE_STRING -> string(parser.getString());
      case VALUE_NUMBER -> number(parser.getString());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw refused("The body is not valid JSON.");
    };
  }

  private static int deeper(int depth) {
    if (depth >= MAX_DEPTH) {
      throw refused("The body is nested deeper than " + MAX_DEPTH + " levels.");
    }
    return depth + 1;
  }

  private static JsonValue string(String text) {
    if (text.length() > MAX_STRING) {
      throw refused("A string of the body is longer than " + MAX_STRING + " characters.");
    }
    return ApiJson.value(text);
  }

  private static JsonValue number(String digits) {
    if (digits.length() > MAX_NUMBER) {
      throw refused("A number of the body is longer than " + MAX_NUMBER + " characters.");
    }
    try {
      return ApiJson.value(new BigDecimal(digits));
    } catch (NumberFormatException e) {
      // valid JSON, but an exponent past what a number can hold (1e9999999999)
      throw refused("A number of the body is out of range.");
    }
  }

  private static ProblemException refused(String detail) {
    return new ProblemException(Problem.of(400, "Bad Request", detail));
  }
}
