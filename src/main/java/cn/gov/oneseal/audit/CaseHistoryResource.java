package cn.gov.oneseal.audit;

import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Read-only case history for auditors, supervisors and admins; anyone else logged in to Cockpit gets 403.
 * The caller is checked here (the webapp has authenticated the session); the reads then run as the system,
 * since the history the auditor may read spans every bureau's processes.
 */
public class CaseHistoryResource extends AbstractCockpitPluginResource {

  static final Set<String> READERS = Set.of(Role.AUDITOR.groupId(), Role.SUPERVISOR.groupId(), Role.ADMIN_GROUP);

  public CaseHistoryResource(String engineName) {
    super(engineName);
  }

  @GET
  public Response search(@QueryParam("caseNumber") String caseNumber, @QueryParam("applicant") String applicant,
      @QueryParam("itemCode") String itemCode, @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo, @QueryParam("officer") String officer,
      @QueryParam("status") String status, @QueryParam("state") String state,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    CaseSearch search;
    try {
      search = new CaseSearch(caseNumber, applicant, itemCode, date(receivedFrom), date(receivedTo), officer,
          status, state, page, size);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return json(400, Map.of("code", "INVALID_SEARCH", "message", e.getMessage()));
    }
    return json(200, asSystem(() -> AuditPluginBeans.caseHistory().search(search)));
  }

  @GET
  @Path("{caseNumber}")
  public Response timeline(@PathParam("caseNumber") String caseNumber) {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    return asSystem(() -> AuditPluginBeans.caseHistory().timeline(caseNumber))
        .map(t -> json(200, t))
        .orElseGet(() -> json(404, Map.of("code", "NOT_FOUND", "message", "办件不存在: " + caseNumber)));
  }

  /** 403 unless the caller is in one of {@link #READERS}. */
  private Response refusal() {
    return mayRead(groupsOfCaller()) ? null
        : json(403, Map.of("code", "FORBIDDEN", "message", "办件历史仅供审计、电子监察和系统管理员查看"));
  }

  static boolean mayRead(Collection<String> groups) {
    return groups != null && groups.stream().anyMatch(READERS::contains);
  }

  /** The engine's current authentication, set by the webapp for the request; else the session's. */
  private List<String> groupsOfCaller() {
    Authentication engineAuth = getCurrentAuthentication();
    if (engineAuth != null && engineAuth.getUserId() != null) {
      return engineAuth.getGroupIds();
    }
    Authentications current = Authentications.getCurrent();
    if (current != null && current.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u) {
      return u.getGroupIds();
    }
    return List.of();
  }

  private <T> T asSystem(Supplier<T> read) {
    AtomicReference<T> result = new AtomicReference<>();
    AsSystem.run(getProcessEngine(), () -> result.set(read.get()));
    return result.get();
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
  }

  private static Response json(int status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(AuditPluginBeans.objectMapper().writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
