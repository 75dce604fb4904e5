package cn.gov.oneseal.web;

import cn.gov.oneseal.security.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call which part of the API (after HTTP Basic authentication): {@code /api/v1/applicant/**}
 * only the online portal (网上办事大厅), which then proves each applicant's case with the query code;
 * {@code /api/v1/regulator/**} only regulators' systems, each for its own department. Officers use
 * Tasklist and {@code /api/v1/cases/**}; administrators may call everything.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientAccess implements WebMvcConfigurer {

  private final IdentityService identityService;

  ApiClientAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Require(Role.API_PORTAL, "网上办事大厅的接口账号"))
        .addPathPatterns("/api/v1/applicant/**");
    registry.addInterceptor(new Require(Role.API_REGULATOR_SYSTEM, "监管部门业务系统的接口账号"))
        .addPathPatterns("/api/v1/regulator/**");
  }

  private final class Require implements HandlerInterceptor {

    private final String group;
    private final String who;

    Require(String group, String who) {
      this.group = group;
      this.who = who;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
        throws Exception {
      Authentication caller = identityService.getCurrentAuthentication();
      List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      if (groups.contains(group) || groups.contains(Role.ADMIN_GROUP)) {
        return true;
      }
      response.setStatus(caller == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"code\":\"" + (caller == null ? "UNAUTHENTICATED" : "FORBIDDEN")
          + "\",\"message\":\"此接口仅供" + who + "调用\"}");
      return false;
    }
  }
}
