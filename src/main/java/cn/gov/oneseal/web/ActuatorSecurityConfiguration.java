package cn.gov.oneseal.web;

import cn.gov.oneseal.security.Role;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operations endpoints (only {@code health} and {@code prometheus} are exposed; the index and the others answer
 * 404). Health answers anyone with the overall status, for load balancers; a caller who logs in (HTTP Basic against
 * the engine's users, like the API) as an administrator ({@value Role#ADMIN_GROUP}) or a member of the
 * {@code monitoring} group also gets its components and details ({@code management.endpoint.health.roles}). The
 * metrics need such a login: anonymous 401, anyone else — officers, technical API clients — 403. Actuator asks the
 * servlet request for its principal and roles; {@link MonitoringAccess} answers with the engine's caller and groups.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

  static final String[] PATHS = {"/actuator/health", "/actuator/health/*", "/actuator/prometheus"};
  static final List<String> MONITORING_GROUPS = List.of(Role.ADMIN_GROUP, Role.MONITORING.groupId());
  static final String REFUSED = "只有系统管理员和运行监控组（monitoring）可以读取运行指标";

  /** Health without credentials: the overall status only. */
  static boolean isAnonymousHealth(HttpServletRequest request) {
    String path = BasicAuthenticationFilter.path(request);
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && (path.equals("/actuator/health") || path.startsWith("/actuator/health/"))
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> actuatorAuthenticationFilter() {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(ActuatorSecurityConfiguration::isAnonymousHealth,
            null));
    registration.setName("oneseal-actuator-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(PATHS);
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MonitoringAccess> monitoringAccess(IdentityService identityService, ObjectMapper json) {
    FilterRegistrationBean<MonitoringAccess> registration =
        new FilterRegistrationBean<>(new MonitoringAccess(identityService, json));
    registration.setName("oneseal-monitoring-access");
    registration.addUrlPatterns(PATHS);
    registration.setOrder(12);
    return registration;
  }

  /** Refuses the metrics to all but administrators and monitoring; tells Actuator who the caller is. */
  static final class MonitoringAccess extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final ObjectMapper json;

    MonitoringAccess(IdentityService identityService, ObjectMapper json) {
      this.identityService = identityService;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication caller = identityService.getCurrentAuthentication();
      List<String> groups = TechnicalClientConfinement.groupsOf(caller);
      if (groups.stream().noneMatch(MONITORING_GROUPS::contains)
          && !BasicAuthenticationFilter.path(request).startsWith("/actuator/health")) {
        TechnicalClientConfinement.forbidden(response, json, REFUSED);
        return;
      }
      chain.doFilter(caller == null ? request : new HttpServletRequestWrapper(request) {
        @Override
        public Principal getUserPrincipal() {
          return caller::getUserId;
        }

        @Override
        public String getRemoteUser() {
          return caller.getUserId();
        }

        @Override
        public boolean isUserInRole(String role) {
          return groups.contains(role);
        }
      }, response);
    }
  }
}
