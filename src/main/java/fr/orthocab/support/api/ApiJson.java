package fr.orthocab.support.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;

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

  static JsonReader reader(InputStream in) {
    return PROVIDER.createReader(in);
  }
}
