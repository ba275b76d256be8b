package fr.orthocab.support.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Every HTTP API of the desk lives under {@code /api}; documented at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Orthocab Support Desk API",
            version = "1",
            description =
                "Tickets for integrations and imports. Every new request goes through the same"
                    + " intake pipeline as the portal and email, and every decision cites a clause"
                    + " of the support policy. Errors are RFC 9457 application/problem+json."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "A token created by a supervisor in the admin screens (shown once), or the"
            + " SUPPORT_API_BOOTSTRAP_TOKEN setting.")
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
