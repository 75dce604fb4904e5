package cn.gov.oneseal.sso;

import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Profile {@code sso} (src/docs/directory.md, "Single sign-on"): two Spring Security chains. The APIs
 * ({@code /engine-rest}, {@code /api}, the OpenAPI description) accept a bearer token of the provider, checked by
 * Spring Security's resource server, beside HTTP Basic, both then answered by the engine's authentication filters
 * ({@link BearerOrBasicProvider}); nothing there keeps a session. The webapps need a login through the provider
 * (authorization code flow): their pages redirect to it, their API answers 401 without one, their password login is
 * closed; {@code /logout} ends the session here and at the provider (RP-initiated logout). Camunda's container-based
 * authentication makes the logged-in officer the webapps' user ({@link SsoWebappFilter}). Camunda keeps its own CSRF
 * protection and security headers on the webapps, so Spring's are off.
 */
@Configuration(proxyBeanMethods = false)
@Profile("sso")
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfiguration {

  static final String INVALID_TOKEN = "访问令牌无效、已过期或不是签发给本系统的：请向统一身份认证重新获取";
  static final String LOGIN_FIRST = "请先通过统一身份认证登录";
  static final String PASSWORD_LOGIN_CLOSED =
      "本系统已启用统一身份认证（单点登录），不能用用户名和密码登录 Tasklist、Cockpit 和 Admin";

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  @Bean
  SsoOfficers ssoOfficers(SsoProperties properties, Environment environment) {
    return new SsoOfficers(properties, Binder.get(environment).bind("oneseal.directory.groups",
        Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
  }

  /** The provider of the engine's REST filters ({@code web/}): bearer token or HTTP Basic. */
  @Bean
  AuthenticationProvider bearerOrBasicProvider(SsoOfficers officers) {
    return new BearerOrBasicProvider(officers);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/v3/api-docs"),
            path("/v3/api-docs/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())
            .authenticationEntryPoint(refusal(json, 401, "AuthenticationException", INVALID_TOKEN)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappChain(HttpSecurity http, ObjectMapper json, ClientRegistrationRepository registrations,
      SsoProperties properties) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    logout.setPostLogoutRedirectUri(properties.postLogoutRedirect());
    RequestMatcher webappApi = path("/camunda/api/**");
    AccessDeniedHandler closed = (request, response, denied) -> JsonRefusal.write(response,
        HttpServletResponse.SC_FORBIDDEN, json, Map.of("type", "AuthorizationException", "message",
            PASSWORD_LOGIN_CLOSED));
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
            .requestMatchers(path("/camunda/app/**"), webappApi).authenticated()
            .anyRequest().permitAll())
        .oauth2Login(Customizer.withDefaults())
        .logout(out -> out.logoutSuccessHandler(logout).clearAuthentication(true).invalidateHttpSession(true))
        .exceptionHandling(errors -> errors.accessDeniedHandler(closed)
            .defaultAuthenticationEntryPointFor(refusal(json, 401, "AuthenticationException", LOGIN_FIRST), webappApi))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** Camunda's container-based authentication, right after Spring Security's filters. */
  @Bean
  FilterRegistrationBean<SsoWebappFilter> ssoWebappFilter(SsoOfficers officers, ObjectMapper json) {
    FilterRegistrationBean<SsoWebappFilter> registration =
        new FilterRegistrationBean<>(new SsoWebappFilter(new WebappSsoProvider(officers), json));
    registration.setName("oneseal-sso-webapps");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  private static AuthenticationEntryPoint refusal(ObjectMapper json, int status, String type, String message) {
    return (request, response, failure) -> JsonRefusal.write(response, status, json,
        Map.of("type", type, "message", message));
  }
}
