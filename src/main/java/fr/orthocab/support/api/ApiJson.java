package fr.orthocab.support.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.math.BigDecimal;

/**
 * JSON-P through one provider looked up once: {@code jakarta.json.Json}'s static methods look the
 * provider up through the ServiceLoader at every call, which scanned the class path for half of the
 * ticket API's CPU time (see BENCHMARKS.md).
 */
final class ApiJson {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private ApiJson() {}

  static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  static JsonParser parser(InputStream in) {
    return PROVIDER.createParser(in);
  }

  static JsonValue value(String text) {
    return PROVIDER.createValue(text);
  }

  static JsonValue value(BigDecimal number) {
    return PROVIDER.createValue(number);
  }
}
