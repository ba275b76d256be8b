package fr.orthocab.support.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Every HTTP API of the desk lives under {@code /api}, documented by {@code META-INF/openapi.yaml}
 * (served at {@code /openapi}): each resource method is named after its operationId there, and the
 * black-box tests hold every answer to that document.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {
  /**
   * A {@code Location} stays as the resource wrote it (a path of the desk): Jersey would otherwise
   * make it absolute with the request's {@code Host} header, which the caller chooses.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
  }
}
