package fr.orthocab.support.dataexport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The export's documented shape, checked inside the container where no JSON Schema library runs:
 * the draft-04 keywords {@code customer-export.schema.json} uses ({@code type}, {@code enum},
 * {@code required}, {@code properties}, {@code additionalProperties: false}, {@code items}, {@code
 * pattern}, {@code oneOf}, {@code $ref} to its definitions), and only those: another keyword fails
 * the check, so the schema cannot outgrow it unnoticed. {@code ExportShapeTest} holds it to a real
 * validator outside the container.
 */
final class ExportShape {
  static final String SCHEMA = "META-INF/customer-export.schema.json";
  private static final List<String> KNOWN =
      List.of(
          "$schema",
          "id",
          "title",
          "description",
          "definitions",
          "type",
          "enum",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "pattern",
          "oneOf",
          "$ref",
          "format",
          "minimum");

  private final JsonObject schema;

  ExportShape(JsonObject schema) {
    this.schema = schema;
  }

  static ExportShape documented() {
    try (InputStream in =
            Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA);
        JsonReader reader = Json.createReader(in)) {
      return new ExportShape(reader.readObject());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What does not fit the shape, one line each, empty when all fits. */
  List<String> problems(JsonValue document) {
    List<String> problems = new ArrayList<>();
    check(schema, document, "$", problems);
    return problems;
  }

  private void check(JsonObject rule, JsonValue value, String at, List<String> problems) {
    for (String keyword : rule.keySet()) {
      if (!KNOWN.contains(keyword)) {
        problems.add(at + ": the checker does not know " + keyword);
      }
    }
    if (rule.containsKey("$ref")) {
      String name = rule.getString("$ref").replaceFirst("^#/definitions/", "");
      check(schema.getJsonObject("definitions").getJsonObject(name), value, at, problems);
      return;
    }
    if (rule.containsKey("oneOf")) {
      int fitting = 0;
      for (JsonValue option : rule.getJsonArray("oneOf")) {
        List<String> own = new ArrayList<>();
        check(option.asJsonObject(), value, at, own);
        fitting += own.isEmpty() ? 1 : 0;
      }
      if (fitting != 1) {
        problems.add(at + ": fits " + fitting + " of oneOf");
      }
    }
    if (rule.containsKey("enum") && !rule.getJsonArray("enum").contains(value)) {
      problems.add(at + ": " + value + " not in " + rule.getJsonArray("enum"));
    }
    if (rule.containsKey("type") && !typeFits(rule.get("type"), value)) {
      problems.add(at + ": " + value.getValueType() + " is not " + rule.get("type"));
      return;
    }
    if (rule.containsKey("pattern")
        && value.getValueType() == JsonValue.ValueType.STRING
        && !Pattern.compile(rule.getString("pattern"))
            .matcher(((jakarta.json.JsonString) value).getString())
            .find()) {
      problems.add(at + ": " + value + " does not match " + rule.getString("pattern"));
    }
    if (rule.containsKey("minimum")
        && value.getValueType() == JsonValue.ValueType.NUMBER
        && ((JsonNumber) value)
                .bigDecimalValue()
                .compareTo(rule.getJsonNumber("minimum").bigDecimalValue())
            < 0) {
      problems.add(at + ": " + value + " is below " + rule.get("minimum"));
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject object = value.asJsonObject();
      JsonObject properties = rule.getJsonObject("properties");
      if (rule.containsKey("required")) {
        rule.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .filter(key -> !object.containsKey(key))
            .forEach(key -> problems.add(at + ": " + key + " is missing"));
      }
      for (String key : object.keySet()) {
        if (properties != null && properties.containsKey(key)) {
          check(properties.getJsonObject(key), object.get(key), at + "." + key, problems);
        } else if (rule.containsKey("additionalProperties")
            && rule.get("additionalProperties") == JsonValue.FALSE) {
          problems.add(at + ": " + key + " is not in the shape");
        }
      }
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY && rule.containsKey("items")) {
      JsonArray array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        check(rule.getJsonObject("items"), array.get(i), at + "[" + i + "]", problems);
      }
    }
  }

  private static boolean typeFits(JsonValue type, JsonValue value) {
    if (type.getValueType() == JsonValue.ValueType.ARRAY) {
      return type.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
          .anyMatch(t -> fits(t.getString(), value));
    }
    return fits(((jakarta.json.JsonString) type).getString(), value);
  }

  private static boolean fits(String type, JsonValue value) {
    return switch (type) {
      case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
      case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "integer" ->
          value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
      case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
      case "boolean" ->
          value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE;
      case "null" -> value.getValueType() == JsonValue.ValueType.NULL;
      default -> false;
    };
  }
}
