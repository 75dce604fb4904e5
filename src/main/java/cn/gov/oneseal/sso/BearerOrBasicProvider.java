package cn.gov.oneseal.sso;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * {@code /engine-rest} and {@code /api} under single sign-on: a bearer token of the provider (checked by Spring
 * Security's resource server before) names the officer ({@link SsoOfficers}); without one, HTTP Basic as always.
 */
final class BearerOrBasicProvider extends HttpBasicAuthenticationProvider {

  private final SsoOfficers officers;

  BearerOrBasicProvider(SsoOfficers officers) {
    this.officers = officers;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
      return officers.resolve(engine, token.getName(), token.getTokenAttributes());
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
