package fr.orthocab.support.api;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.account.ApiCaller;
import fr.orthocab.support.account.Role;
import fr.orthocab.support.staff.Staff;
import fr.orthocab.support.staff.StaffRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;

/**
 * The support team through the API, for automation (an HR system that onboards and offboards):
 * supervisors' tokens only. The same rules as the staff page: {@link Staff}.
 */
@Path("staff")
@RequestScoped
@Transactional(dontRollbackOn = ProblemException.class)
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {
  @Inject private Staff staff;
  @Context private HttpServletRequest http;

  @GET
  public JsonObject listStaff() {
    supervisorOnly();
    var items = ApiJson.array();
    staff.all().forEach(member -> items.add(json(member)));
    return ApiJson.object().add("items", items).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response inviteStaff(InputStream body) {
    ApiCaller caller = supervisorOnly();
    JsonInput in = JsonInput.read(body);
    String email = in.email("email", true);
    String displayName = in.text("displayName", true, 100);
    Role role = in.oneOf("role", Role.class, true);
    if (role == Role.CUSTOMER) {
      in.reject("role", "must be one of [AGENT, SUPERVISOR]");
    }
    in.check();
    Account invited =
        refusedAsProblem(() -> staff.invite(email, displayName, role, caller.owner()));
    return Response.created(URI.create("/api/staff/" + invited.getId()))
        .entity(json(invited).build())
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public JsonObject changeStaff(@PathParam("id") String id, InputStream body) {
    ApiCaller caller = supervisorOnly();
    long memberId = memberId(id);
    JsonInput in = JsonInput.read(body);
    Role role = in.oneOf("role", Role.class, false);
    Boolean active = in.bool("active", false);
    if (role == Role.CUSTOMER) {
      in.reject("role", "must be one of [AGENT, SUPERVISOR]");
    }
    in.check();
    return refusedAsProblem(
        () -> {
          staff.member(memberId);
          if (role != null) {
            staff.changeRole(memberId, role, caller.owner());
          }
          if (Boolean.FALSE.equals(active)) {
            staff.deactivate(memberId, caller.owner());
          } else if (Boolean.TRUE.equals(active)) {
            staff.reactivate(memberId, caller.owner());
          }
          return json(staff.member(memberId)).build();
        });
  }

  private ApiCaller supervisorOnly() {
    ApiCaller caller = (ApiCaller) http.getAttribute(BearerAuthentication.CALLER);
    if (!caller.actsAsSupervisor()) {
      throw new ProblemException(
          Problem.of(
              Response.Status.FORBIDDEN, "Only a supervisor's read-write token manages the team."));
    }
    return caller;
  }

  private static long memberId(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such member of staff."));
    }
    return Long.parseLong(id);
  }

  private static <T> T refusedAsProblem(java.util.function.Supplier<T> change) {
    try {
      return change.get();
    } catch (StaffRefused refused) {
      throw new ProblemException(problem(refused.reason()));
    }
  }

  private static Problem problem(StaffRefused.Reason reason) {
    return switch (reason) {
      case UNKNOWN -> Problem.of(Response.Status.NOT_FOUND, "No such member of staff.");
      case EMAIL_TAKEN ->
          Problem.of(409, "Conflict", "An account with that email address exists already.");
      case LAST_SUPERVISOR ->
          Problem.of(
              409, "Conflict", "The desk's last active supervisor stays a supervisor and active.");
      case SELF ->
          Problem.of(
              409, "Conflict", "A supervisor's token cannot demote or deactivate its own maker.");
      case NOT_INVITED -> Problem.of(409, "Conflict", "That member has no open invitation.");
      case NOT_STAFF -> Problem.of(400, "Bad Request", "A staff role is required.");
    };
  }

  static JsonObjectBuilder json(Account member) {
    JsonObjectBuilder json =
        ApiJson.object()
            .add("id", member.getId())
            .add("email", member.getEmail())
            .add("displayName", member.getDisplayName())
            .add("role", member.getRole().name())
            .add("status", member.getStatus().name());
    if (member.getLastLoginAt() != null) {
      json.add("lastLoginAt", TicketJson.instant(member.getLastLoginAt()));
    } else {
      json.addNull("lastLoginAt");
    }
    return json;
  }
}
