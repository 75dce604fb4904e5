package cn.gov.oneseal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API authenticates like {@code /engine-rest}: HTTP Basic against the engine's users, whose groups
 * and bureaus then decide what they may see — officers (supervision, case clocks and notices, calendar
 * maintenance, the licence register), the portal's and the regulators' technical clients
 * ({@link ApiClients}, {@code /api/v1/applicant}, {@code /api/v1/regulator}). Everything under {@code /api}
 * and the OpenAPI description need a login, but for what the public may read without one: the service guide
 * ({@code GET /api/v1/items…}), the working-day calculator ({@code GET /api/v1/calendar…}) and the verification of
 * issued documents ({@code GET /api/v1/verification/…}, {@code POST /api/v1/verification}), the published licensing
 * decisions (双公示, {@code GET /api/v1/public/publications}), the open 批前公示 and the public's objections to them
 * ({@code GET /api/v1/public/pre-publicity}, {@code POST …/{id}/objections}) — each rate-limited per client address;
 * health is Actuator's, outside {@code /api}. A new controller is therefore closed until it is listed here.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationConfiguration {

  static final Pattern PUBLIC =
      Pattern.compile("^/api/v1/(items|calendar|verification|public/publications|public/pre-publicity)(/.*)?$");
  /** The one public operation that is not a read: uploading a file to verify it. */
  static final String PUBLIC_UPLOAD = "/api/v1/verification";
  /** The public's objection to a 批前公示 (prepublicity/). */
  static final Pattern PUBLIC_OBJECTION = Pattern.compile("^/api/v1/public/pre-publicity/[^/]+/objections$");

  static boolean isPublic(HttpServletRequest request) {
    String path = BasicAuthenticationFilter.path(request);
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && PUBLIC.matcher(path).matches()
        || "POST".equals(request.getMethod()) && (PUBLIC_UPLOAD.equals(path) || PUBLIC_OBJECTION.matcher(path).matches());
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> apiAuthenticationFilter(
      ObjectProvider<AuthenticationProvider> provider) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new BasicAuthenticationFilter(ApiAuthenticationConfiguration::isPublic, provider.getIfAvailable()));
    registration.setName("oneseal-api-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/api/*", "/v3/api-docs", "/v3/api-docs/*");
    registration.setOrder(11);
    return registration;
  }
}
