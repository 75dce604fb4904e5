package cn.gov.oneseal.web;

import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the technical clients ({@link ApiClients}) to their own part of the API: the portal's account to
 * {@code /api/v1/applicant/…}, a regulator system's to {@code /api/v1/regulator/…} (plus the public service guide
 * and calendar and the API description with its page). Their accounts belong to every bureau and, for a regulator's system, to
 * the department's group, so without this they could read any case's clock or notices through the officers'
 * {@code /api/v1/cases/…}, or work the department's tasks through {@code /engine-rest}, past the query code and the
 * department's own API. Runs after the HTTP Basic filters, which set the caller.
 */
class TechnicalClientConfinement extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final ObjectMapper json;

  TechnicalClientConfinement(IdentityService identityService, ObjectMapper json) {
    this.identityService = identityService;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> groups = groupsOf(identityService.getCurrentAuthentication());
    String path = BasicAuthenticationFilter.path(request);
    String own = groups.contains(Role.API_PORTAL) ? "/api/v1/applicant/"
        : groups.contains(Role.API_REGULATOR_SYSTEM) ? "/api/v1/regulator/" : null;
    if (own == null || groups.contains(Role.ADMIN_GROUP) || path.startsWith(own) || path.startsWith("/v3/api-docs")
        || path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui/")
        || ApiAuthenticationConfiguration.isPublic(request)) {
      chain.doFilter(request, response);
      return;
    }
    forbidden(response, json, "接口账号只能调用 " + own + " 下的对接接口");
  }

  /** The groups of the caller the HTTP Basic filters set (none when anonymous). */
  static List<String> groupsOf(Authentication caller) {
    return caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }

  /** 403 {code: FORBIDDEN, message}. */
  static void forbidden(HttpServletResponse response, ObjectMapper json, String message) throws IOException {
    JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, json, Map.of("code", "FORBIDDEN", "message", message));
  }
}
