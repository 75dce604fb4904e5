package cn.gov.oneseal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.function.Predicate;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic against the engine's users for every request of its URL patterns, but those the predicate names
 * public. Unlike the engine's own filter it has no built-in exception: {@code /engine-rest/engine} (the list of
 * engines) needs a login too. Its provider is HTTP Basic, or the application's own where one is given (profile sso:
 * bearer tokens as well).
 */
class BasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final Predicate<HttpServletRequest> anonymousAllowed;
  private final AuthenticationProvider provider;

  BasicAuthenticationFilter(Predicate<HttpServletRequest> anonymousAllowed, AuthenticationProvider provider) {
    this.anonymousAllowed = anonymousAllowed;
    this.provider = provider;
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    if (provider != null) {
      authenticationProvider = provider;
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (anonymousAllowed.test((HttpServletRequest) request)) {
      chain.doFilter(request, response);
    } else {
      super.doFilter(request, response, chain);
    }
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  /** The request's path inside the application (no context path, no query). */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
