package cn.gov.oneseal.cockpit;

import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * A read-only REST resource of one of the bureau's Cockpit plugins, for the auditor, supervisor and admin
 * groups; anyone else logged in to Cockpit gets 403 with the plugin's message. The caller is checked here (the
 * webapp has authenticated the session); the reads then run as the system, since what an auditor may read spans
 * every bureau's processes. Answers are JSON in UTF-8.
 */
public abstract class ReadOnlyPluginResource extends AbstractCockpitPluginResource {

  public static final Set<String> READERS = Set.of(Role.AUDITOR.groupId(), Role.SUPERVISOR.groupId(), Role.ADMIN_GROUP);

  /** Who is asking: the user, their groups and their bureaus (tenants). */
  public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

    public boolean isAdmin() {
      return groupIds.contains(Role.ADMIN_GROUP);
    }

    /** Whether the caller works for the bureau (administrators see them all). */
    public boolean sees(String bureauId) {
      return isAdmin() || tenantIds.contains(bureauId);
    }
  }

  private final String refusalMessage;

  protected ReadOnlyPluginResource(String engineName, String refusalMessage) {
    super(engineName);
    this.refusalMessage = refusalMessage;
  }

  public static boolean mayRead(Collection<String> groups) {
    return groups != null && groups.stream().anyMatch(READERS::contains);
  }

  /** 403 unless the caller is in one of {@link #READERS}. */
  protected Response refusal() {
    return mayRead(caller().groupIds()) ? null : json(403, Map.of("code", "FORBIDDEN", "message", refusalMessage));
  }

  /** The engine's current authentication, set by the webapp for the request; else the session's. */
  protected Caller caller() {
    Authentication engineAuth = getCurrentAuthentication();
    if (engineAuth != null && engineAuth.getUserId() != null) {
      return new Caller(engineAuth.getUserId(), orEmpty(engineAuth.getGroupIds()), orEmpty(engineAuth.getTenantIds()));
    }
    Authentications current = Authentications.getCurrent();
    if (current != null && current.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u) {
      return new Caller(u.getIdentityId(), orEmpty(u.getGroupIds()), orEmpty(u.getTenantIds()));
    }
    return new Caller(null, List.of(), List.of());
  }

  protected <T> T asSystem(Supplier<T> read) {
    return AsSystem.call(getProcessEngine(), read);
  }

  protected static Response json(int status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(CockpitPluginBeans.bean(ObjectMapper.class).writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> orEmpty(Collection<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
