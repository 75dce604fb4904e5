package cn.gov.oneseal.web;

import cn.gov.oneseal.security.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who calls the engine's REST API, on either surface: {@code /engine-rest} (HTTP Basic, set by the authentication
 * filter before the guards run) or the webapps' {@code /camunda/api/engine/…} (the login kept in the session).
 */
final class EngineRestCallers {

  private EngineRestCallers() {}

  /** The caller's groups; empty when nobody is logged in. */
  static List<String> groups(HttpServletRequest request, IdentityService identityService) {
    if (BasicAuthenticationFilter.path(request).startsWith("/engine-rest")) {
      Authentication caller = identityService.getCurrentAuthentication();
      return caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user
        && user.getGroupIds() != null ? user.getGroupIds() : List.of();
  }

  static boolean isAdmin(HttpServletRequest request, IdentityService identityService) {
    return groups(request, identityService).contains(Role.ADMIN_GROUP);
  }
}
