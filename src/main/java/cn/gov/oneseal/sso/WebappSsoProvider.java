package cn.gov.oneseal.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * The webapps' officer: the one Spring Security logged in through the provider ({@link SsoOfficers}), answered once per
 * request.
 */
final class WebappSsoProvider implements AuthenticationProvider {

  private static final String RESOLVED = WebappSsoProvider.class.getName() + ".resolved";

  private final SsoOfficers officers;

  WebappSsoProvider(SsoOfficers officers) {
    this.officers = officers;
  }

  /** Whether Spring Security has an officer logged in through the provider. */
  static boolean loggedIn() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getAttribute(RESOLVED) instanceof AuthenticationResult resolved) {
      return resolved;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    AuthenticationResult result = authentication instanceof OAuth2AuthenticationToken token
        ? officers.resolve(engine, token.getName(), token.getPrincipal().getAttributes())
        : AuthenticationResult.unsuccessful();
    request.setAttribute(RESOLVED, result);
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // the login goes through the provider (Spring Security redirects there), not through a challenge
  }
}
