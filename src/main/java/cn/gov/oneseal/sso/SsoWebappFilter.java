package cn.gov.oneseal.sso;

import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication of the webapps, fed by {@link WebappSsoProvider}: the officer Spring
 * Security logged in through the provider is the webapps' user. Someone the provider knows but the bureau does not (never in
 * the directory, or removed from it) gets 403 with the reason, on every request, instead of the webapps' 500; the
 * session at the provider stays, so that {@code /logout} can end it there too (to log in as someone else).
 */
final class SsoWebappFilter extends ContainerBasedAuthenticationFilter {

  static final String UNKNOWN = "您的账号不在本局工作人员名录中，或已停用、调离：无法使用 Tasklist、Cockpit 和 Admin。"
      + "如有疑问请联系系统管理员";

  private final ObjectMapper json;

  SsoWebappFilter(WebappSsoProvider provider, ObjectMapper json) {
    this.authenticationProvider = provider;
    this.json = json;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    // the provider is given, not named
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String engineName = extractEngineName(http);
    ProcessEngine engine = engineName == null ? null : getAddressedEngine(engineName);
    if (engine != null && WebappSsoProvider.loggedIn()
        && !authenticationProvider.extractAuthenticatedUser(http, engine).isAuthenticated()) {
      refuse(http, (HttpServletResponse) response);
      return;
    }
    super.doFilter(request, response, chain);
  }

  /** A page of the webapps gets a page that says why (and how to log in as someone else); their API, JSON. */
  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!getRequestUri(request).startsWith("/app/")) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, json,
          Map.of("type", "AuthorizationException", "message", UNKNOWN));
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无法登录</title>"
        + "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>无法登录</h1><p class=\"oneseal-sso-refused\">"
        + UNKNOWN + "</p><p><a href=\"" + request.getContextPath() + "/logout\">退出统一身份认证，换一个账号登录</a></p>"
        + "</body></html>");
  }
}
