package cn.gov.oneseal.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API authenticates like {@code /engine-rest}: HTTP Basic against the engine's users, whose groups
 * and bureaus then decide what they may see — officers (supervision, case clocks and notices, calendar
 * maintenance, the licence register), the portal's and the regulators' technical clients
 * ({@link ApiClients}, {@code /api/v1/applicant}, {@code /api/v1/regulator}). Only the service guide and
 * the working-day calculator (and health) answer anonymously.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>();
    registration.setName("oneseal-api-authentication");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/api/v1/supervision/*", "/api/v1/cases/*", "/api/v1/admin/*", "/api/v1/licences/*",
        "/api/v1/applicant/*", "/api/v1/regulator/*");
    registration.setOrder(11);
    return registration;
  }
}
